import { existsSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { CheckOptions } from './main.ts';
import type { Io } from './exit.ts';

type RunCheck = (inputs: string[], opts: CheckOptions, io: Io) => Promise<number>;

/**
 * The engine `factcheck check` runs. A built CLI also holds the engine's common path (the
 * shipped reference and vocabulary, table or JSON output) as one CommonJS file with V8's code
 * cache for it, both made by `npm install` (scripts/build.mjs): a cold check then skips
 * compiling the engine's functions, which was a tenth of its time (ADR 0012). Any other option
 * (a beat, a user's vocabulary or facts, a table, another format) loads the ES module chunks,
 * which load only what it needs. FACTCHECK_ENGINE=modules always takes the chunks.
 */
export async function loadCheck(opts: CheckOptions): Promise<RunCheck> {
  const common = !opts.beat && !opts.vocabulary && !opts.reference && !opts.table && (opts.format === 'table' || opts.format === 'json');
  if (common && process.env.FACTCHECK_ENGINE !== 'modules') {
    const cached = loadCached();
    if (cached) return cached;
  }
  interpretRareRegexes();
  return (await import('./check.ts')).runCheck;
}

/**
 * The engine's regular expressions, some hundreds, are compiled on their first use, and V8 makes
 * machine code of each after its first run: on a short article that compiling costs more than
 * the reading (BENCHMARKS.md, section 2b). Left to V8's bytecode interpreter for their first
 * hundred runs, the many that a short article runs a few times are never compiled so, and the
 * few that run on every sentence still are. Set once the code cache is read: V8 rejects a cache
 * made under other flags (ADR 0012).
 */
function interpretRareRegexes(): void {
  setFlagsFromString('--regexp-tier-up-ticks=100');
}

/** Where the common path's file would be, beside the built CLI (dist/engine/check.cjs). */
function cachedEnginePath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'engine', 'check.cjs');
}

function loadCached(): RunCheck | null {
  const file = cachedEnginePath();
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file.replace(/\.cjs$/, '.cache'));
  } catch {
    // No cache (or another Node's, which V8 rejects): the file is compiled as any module is.
  }
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  interpretRareRegexes();
  const wrapper = script.runInThisContext() as (exports: object, require: NodeRequire, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} as { runCheck?: RunCheck } };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports.runCheck ?? null;
}
