import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A bare count after a verb of change counts the noun its clause's subject is: "enrolments fell by
// 1,200" counts enrolments. Only a noun the vocabulary counts, before a verb of its actions; a
// phrase of the clause that names a measure outright comes first. A beat written for these tests.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [
    { id: 'enrolment_change', name: 'change in school enrolments', unit: 'pupil', subjects: ['enrolment', 'pupil'], actions: ['fell', 'rose', 'grew'], phrases: [], kind: 'change', entity: 'ruritania' },
    { id: 'private_enrolment_change', name: 'change in private school enrolments', unit: 'pupil', subjects: [], actions: ['fell', 'rose'], phrases: ['private school enrolments'], kind: 'change', entity: 'ruritania' },
  ],
});
const measureOf = (text: string) => {
  const c = extractOn(beat, { published: '2025-06-10' })(text).claims.find((x) => x.figure.kind === 'count');
  return c ? [c.framing.measure ?? null, c.framing.measureVia ?? null] : null;
};

describe('a bare count counts its clause\'s subject', () => {
  it('a noun the vocabulary counts, right before a verb of its actions, and "by" or "to"', () => {
    expect(measureOf('In March enrolments fell by 1,200.')).toEqual(['enrolment_change', null]);
    expect(measureOf('In March enrolments have grown to 41,500.')).toEqual(['enrolment_change', null]);
    expect(measureOf('In March enrolments fell by just 1,200.')).toEqual(['enrolment_change', null]);
  });

  it('not a noun the vocabulary does not count, nor before a verb that is none of its actions', () => {
    expect(measureOf('In March fees fell by 1,200.')).toEqual([null, null]);
    expect(measureOf('In March enrolments peaked at 41,500.')).toEqual([null, null]);
  });

  it('a phrase of the clause that names a measure comes first', () => {
    expect(measureOf('In March private school enrolments fell by 1,200.')).toEqual(['private_enrolment_change', null]);
  });
});
