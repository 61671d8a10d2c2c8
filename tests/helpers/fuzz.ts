import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/**
 * Property runs with a seed that can be replayed. Each fuzz file draws one seed (FUZZ_SEED, or a
 * fresh random one), prints it, and runs every property from it; a failure names the seed and
 * the command that replays it. FUZZ_RUNS, when set, replaces every property's default run count
 * (more for a long local session, fewer for a quick look); a test then runs without vitest's
 * time limit, which is sized for the default counts.
 *
 * @example
 *   const fuzz = fuzzer(import.meta.url);
 *   it('never throws', () => fuzz.check(fc.property(fc.string(), (s) => { parse(s); }), 2_000), fuzz.timeout);
 */

function integerFromEnv(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  return n;
}

export interface Fuzzer {
  /** The seed every property of the file starts from. */
  readonly seed: number;
  /** The command that replays this file with this seed. */
  readonly replay: string;
  /** The test's time limit: the project's default, or none (0) when FUZZ_RUNS sets the counts. */
  readonly timeout: number | undefined;
  /** How many cases a property runs: FUZZ_RUNS when set, else the property's own default. */
  runs(defaultRuns: number): number;
  check<Ts>(property: fc.IProperty<Ts>, defaultRuns: number): void;
  checkAsync<Ts>(property: fc.IAsyncProperty<Ts>, defaultRuns: number): Promise<void>;
}

export function fuzzer(testFileUrl: string): Fuzzer {
  // fast-check seeds are 32-bit integers.
  const seed = integerFromEnv('FUZZ_SEED', -(2 ** 31), 2 ** 31 - 1) ?? Math.floor(Math.random() * 2 ** 31);
  const override = integerFromEnv('FUZZ_RUNS', 1, 10_000_000);
  const file = relative(process.cwd(), fileURLToPath(testFileUrl)).split('\\').join('/');
  const replay = `FUZZ_SEED=${seed} npx vitest run ${file}`;
  console.info(`fuzz seed ${seed} for ${file} (replay: ${replay})`);

  const runs = (defaultRuns: number) => override ?? defaultRuns;
  const params = (defaultRuns: number): fc.Parameters<unknown> => ({ seed, numRuns: runs(defaultRuns) });
  // fast-check's own message says which case failed and its shrunk counterexample; the seed
  // and the command come first so that a CI log can be replayed without reading further.
  const named = (err: unknown): Error => {
    const detail = err instanceof Error ? err.message : String(err);
    return new Error(`fuzz failure with FUZZ_SEED=${seed}; replay with: ${replay}\n\n${detail}`, { cause: err });
  };

  return {
    seed,
    replay,
    timeout: override === undefined ? undefined : 0,
    runs,
    check(property, defaultRuns) {
      try {
        fc.assert(property, params(defaultRuns));
      } catch (err) {
        throw named(err);
      }
    },
    async checkAsync(property, defaultRuns) {
      try {
        await fc.assert(property, params(defaultRuns));
      } catch (err) {
        throw named(err);
      }
    },
  };
}
