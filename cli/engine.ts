import { existsSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  return (await import('./check.ts')).runCheck;
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
  const wrapper = script.runInThisContext() as (exports: object, require: NodeRequire, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} as { runCheck?: RunCheck } };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports.runCheck ?? null;
}
