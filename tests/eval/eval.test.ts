import { describe, expect, it } from 'vitest';
import { beats, validateBeat } from '../../eval/validate.ts';
import { readFloors, runAll } from '../../eval/run.ts';
import { summarise } from '../../eval/summary.ts';

/**
 * The evaluation corpus in CI (the quick form of npm run eval): every beat's files validate,
 * and the precision of `contradicted` and `supported` over the whole corpus stays at or above
 * the floors committed in eval/floors.json.
 */
describe('evaluation corpus', () => {
  it('has at least 60 articles across at least 5 beats, each valid', () => {
    const list = beats();
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const b of list) expect(validateBeat(b), b).toEqual([]);
  });

  it('keeps contradicted and supported precision at or above the committed floors', async () => {
    const runs = await runAll();
    const s = summarise(runs.flatMap((r) => r.articles));
    expect(s.articles).toBeGreaterThanOrEqual(60);
    const floors = readFloors();
    const c = s.cAll ? (100 * s.cRight) / s.cAll : 100;
    const p = s.sAll ? (100 * s.sRight) / s.sAll : 100;
    expect(c, `contradicted precision ${s.cRight}/${s.cAll}`).toBeGreaterThanOrEqual(floors.contradictedPrecision);
    expect(p, `supported precision ${s.sRight}/${s.sAll}`).toBeGreaterThanOrEqual(floors.supportedPrecision);
  });
});
