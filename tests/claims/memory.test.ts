import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectBetweenPhases, PHASE_GC_MIN_BYTES } from '../../shared/memory.ts';

/** The collection between the phases of a big input: only for big inputs, only where gc is exposed. */
describe('collectBetweenPhases', () => {
  const g = globalThis as { gc?: () => void };
  const had = g.gc;
  afterEach(() => {
    if (had) g.gc = had;
    else delete g.gc;
  });

  it('collects for an input of a megabyte or more, where the runtime exposes gc', () => {
    const gc = vi.fn();
    g.gc = gc;
    expect(collectBetweenPhases(PHASE_GC_MIN_BYTES - 1)).toBe(false);
    expect(gc).not.toHaveBeenCalled();
    expect(collectBetweenPhases(PHASE_GC_MIN_BYTES)).toBe(true);
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it('does nothing where gc is not exposed', () => {
    delete g.gc;
    expect(collectBetweenPhases(10 * PHASE_GC_MIN_BYTES)).toBe(false);
  });
});
