/**
 * A full garbage collection between the phases of a big input, where the runtime offers one.
 *
 * The Lambda Node.js runtime starts node with --expose-gc (and heap limits sized to the function's
 * memory: infra/bundle-options.ts). Left alone, V8 collects the old generation only as its limit
 * nears, so one phase's garbage (the decoded upload, the raw JSON) is still resident when the
 * next phase's peak adds to it: on a 10 MB article that is what pushed a stage past what a 256 MB
 * function holds (docs/adr/0006-memory-budget.md). Collecting at the boundary costs tens of
 * milliseconds on a phase of seconds. Below `minBytes` it does nothing: a small article's garbage
 * is a few MB, and its phases take milliseconds. Where gc is not exposed (the CLI, tests) it is
 * a no-op.
 */
export const PHASE_GC_MIN_BYTES = 1024 * 1024;

export function collectBetweenPhases(inputBytes: number, minBytes = PHASE_GC_MIN_BYTES): boolean {
  if (inputBytes < minBytes) return false;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
