import { describe, expect, it } from 'vitest';
import { releasedOn, releaseOf, releaseOfHeader } from '../../shared/frame/release.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, reportOn } from '../helpers/judge.ts';

// A revised figure has releases: the first estimate and later ones. A claim about the first
// release is judged by the first, not by the figure as it stood when the article came out.

describe('which release a figure is of', () => {
  it.each([
    ["Ruritania's first estimate had shown ", 'first estimate'],
    ['The flash reading put growth at ', 'flash reading'],
    ['Exports were initially reported at ', 'initially reported'],
    ['The preliminary count, issued on Monday, stood at ', 'preliminary count'],
    ["The guild's first official tally, read out on 3 May, had been ", 'first official tally'],
    ['Its initial monthly reading came to ', 'initial monthly reading'],
  ])('"%s…" is the first release', (before, text) => {
    expect(releaseOf(before, '')).toEqual({ value: 'first', text });
  });

  it('after the figure: "grew by 90,000 on the first count", "90,000 in March on the first count"', () => {
    expect(releaseOf('Payrolls grew by ', ' on the first count, the agency said.')).toMatchObject({ value: 'first' });
    expect(releaseOf('Payrolls grew by ', ' in March 2025 on the first count.')).toMatchObject({ value: 'first' });
  });

  it('not once the clause turns to a later release: "first reported as 80,000 and now put at …"', () => {
    expect(releaseOf('March was first reported as 80,000 and is now put at ', '')).toBeNull();
    expect(releaseOf('The first estimate was later revised to ', '')).toBeNull();
  });

  it('not where nothing speaks of a release: "the first month of the year"', () => {
    expect(releaseOf('In the first month of the year employers added ', '')).toBeNull();
    expect(releaseOf('Ruritania added ', ' jobs in March.')).toBeNull();
    // (A word between that is no kind of release: "the first mill tally" ranks a mill.)
    expect(releaseOf('The first mill tally came to ', '')).toBeNull();
  });

  it('a column of first releases', () => {
    expect(releaseOfHeader('First estimate')).toMatchObject({ value: 'first' });
    expect(releaseOfHeader('Initial reading (thousands)')).toMatchObject({ value: 'first' });
    expect(releaseOfHeader('Latest')).toBeNull();
  });
});

describe('a claim about the first release is judged by it', () => {
  const beat = vocabularyFromFile({
    extends: 'none',
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [{ id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['added', 'created'], phrases: ['payrolls'], actors: ['employer'], kind: 'change', entity: 'ruritania' }],
  });
  const march = (id: string, asOf: string, value: number): ReferenceFact =>
    fact({ id, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-03-01', to: '2025-03-31' }, asOf, value, side: 'ruritania-statistics' });
  const facts = [march('mar-first', '2025-04-04', 80_000), march('mar-second', '2025-05-02', 104_000), march('mar-third', '2025-06-06', 97_000)];

  const judgeText = judgeOn(beat, facts, { published: '2025-06-20' });
  async function verdicts(text: string) {
    return (await judgeText(text)).filter((c) => c.figure.kind !== 'date').map((c) => [c.figure.text, c.verdict, c.evidence.find((e) => e.role === 'main')?.factId ?? null, c.frame?.release?.value ?? null]);
  }

  it("the first estimate fits the first release, though the latest differs", async () => {
    expect(await verdicts("March's first estimate showed Ruritanian employers added 80,000 jobs.")).toEqual([['80,000 jobs', 'supported', 'mar-first', 'first']]);
  });

  it('without the words, the same figure is read as the latest release', async () => {
    const [row] = await verdicts('Ruritanian employers added 80,000 jobs in March.');
    expect(row).toMatchObject(['80,000 jobs', expect.not.stringMatching(/^supported$/), 'mar-third', null]);
  });

  it('"first reported as 80,000 and now stands at 97,000": each figure its own release', async () => {
    expect(await verdicts('Ruritanian payrolls for March were first reported as 80,000 and now stand at 97,000.')).toEqual([
      ['80,000', 'supported', 'mar-first', 'first'],
      ['97,000', 'supported', 'mar-third', null],
    ]);
  });
});

// A report revises a month's figure months later: "raised to 104,000 in May" speaks of March as the
// May report had it. Read as May's figure, a true revision was set against May's own figure.
describe('the date of the report that gave a revision', () => {
  const beat = vocabularyFromFile({
    extends: 'none',
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [{ id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['added', 'created'], phrases: ['payrolls'], actors: ['employer'], kind: 'change', entity: 'ruritania' }],
  });
  const month = (id: string, m: string, asOf: string, value: number): ReferenceFact =>
    fact({ id, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: `2025-${m}-01`, to: `2025-${m}-${m === '04' || m === '06' ? '30' : '31'}` }, asOf, value, side: 'ruritania-statistics' });
  const facts = [
    month('mar-first', '03', '2025-04-04', 80_000),
    month('mar-second', '03', '2025-05-02', 104_000),
    month('mar-third', '03', '2025-06-06', 97_000),
    month('apr-first', '04', '2025-05-02', 61_000),
    month('may-first', '05', '2025-06-06', 120_000),
    month('jun-first', '06', '2025-07-03', 45_000),
  ];

  const judge = reportOn(beat, facts, { published: '2025-07-20' });
  async function verdicts(text: string) {
    return (await judge(text)).claims.map((c) => [c.figure.text, c.verdict, c.evidence.find((e) => e.role === 'main')?.factId ?? null, c.frame?.release?.value ?? null]);
  }

  it('"raised to 104,000 in May and cut to 97,000 in June": each the release its report gave', async () => {
    const rows = await verdicts('Ruritanian employers added 80,000 jobs in March on the first count, a figure raised to 104,000 in May and cut to 97,000 in June.');
    expect(rows.filter((r) => /\d/.test(String(r[0])) && !/^(?:May|June)$/.test(String(r[0])))).toEqual([
      ['80,000 jobs', 'supported', 'mar-first', 'first'],
      ['104,000', 'supported', 'mar-second', 'as-of'],
      ['97,000', 'supported', 'mar-third', 'as-of'],
    ]);
  });

  it('"the June report cut the figure to 97,000": the report is named, no claim of its own, and no period of the figure', async () => {
    const rows = await verdicts('Ruritanian employers added 80,000 jobs in March on the first count. The June report cut the figure to 97,000 jobs.');
    expect(rows.map((r) => r[0])).not.toContain('June');
    // Read as June's own figure (45,000), it was contradicted. (Its period, March, is in the
    // sentence before: unread, so it stays unverifiable.)
    expect(rows.find((r) => r[0] === '97,000 jobs')).toMatchObject(['97,000 jobs', 'unverifiable', expect.anything(), 'as-of']);
  });

  it('"June\'s cut it to 97,000": a month\'s possessive standing for its report', async () => {
    const rows = await verdicts("Ruritanian employers added 80,000 jobs in March on the first count; June's cut it to 97,000.");
    expect(rows.find((r) => r[0] === '97,000')).toEqual(['97,000', 'supported', 'mar-third', 'as-of']);
  });

  it('a wrong revision is not contradicted: which report the month names is a weak reading', async () => {
    const r = await judge('Ruritanian employers added 80,000 jobs in March on the first count, a figure raised to 111,000 in May.');
    const c = r.claims.find((x) => x.figure.text === '111,000')!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/release standing when the report of 'May' came out/);
  });

  it('not where the month is the figure\'s own: "added 120,000 jobs in May"', async () => {
    expect(await verdicts('Ruritanian employers added 120,000 jobs in May.')).toContainEqual(['120,000 jobs', 'supported', 'may-first', null]);
  });

  // A verb that also tells of the quantity itself ("raised output to 120 tonnes in May") names a
  // report only beside a sign of revising: a period of the clause's own before it, a pronoun
  // pointing back at a figure, or a report's noun.
  const read = (sentence: string, dateWord: string) => {
    const at = sentence.lastIndexOf(dateWord);
    const amounts = [...sentence.matchAll(/\d[\d,]*(?:\s+(?:tonnes|crowns))?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const other = /\b(?:March|April)\b/.exec(sentence);
    return releasedOn(sentence, { start: at, end: at + dateWord.length }, amounts, { start: 0, end: sentence.length }, (f) => !!other && other.index < f.start)?.figures.map((f) => sentence.slice(f.start, f.end)) ?? null;
  };
  it.each([
    ['The mill raised output to 120 tonnes in May.', null],
    ['The guild cut its levy to 40 crowns in May.', null],
    ['March output, first put at 80 tonnes, was raised to 104 in May.', ['104']],
    ['The May report raised it to 104 tonnes.', ['104 tonnes']],
    ['Output was revised down to 97 tonnes in June.', ['97 tonnes']],
    ['Output was cut to 97 tonnes in the June report.', ['97 tonnes']],
  ])('%s', (sentence, figures) => {
    expect(read(sentence, /June/.test(sentence) ? 'June' : 'May')).toEqual(figures);
  });
});

// A figure of a calendar span is of that span only: a year's total is no month's, a quarter's
// share no year's. Such a fact may not contradict it.
describe('a fact of a calendar period of another length', () => {
  const beat = vocabularyFromFile({
    extends: 'none',
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [{ id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['added', 'created'], actors: ['employer'], kind: 'change', entity: 'ruritania' }],
  });
  const may = fact({ id: 'may', measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-05-01', to: '2025-05-31' }, asOf: '2025-06-06', value: 120_000 });
  const year2024 = fact({ id: 'y2024', measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-06', value: 1_400_000 });
  const judgeText = judgeOn(beat, [may, year2024], { published: '2025-07-20' });
  const verdict = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

  it.each([
    'Ruritanian employers added 1.9 million jobs in 2025.',
    'Ruritanian employers added 400,000 jobs in the second quarter of 2025.',
    'Ruritanian employers added 300,000 jobs in December 2024.',
    'Ruritanian employers added 600,000 jobs in the first half of 2024.',
  ])('%s: not contradicted', async (text) => {
    const c = await verdict(text);
    expect(c.verdict).not.toBe('contradicted');
  });

  it('the same period is still checked: "added 90,000 jobs in May 2025", "1.2 million in 2024"', async () => {
    expect((await verdict('Ruritanian employers added 90,000 jobs in May 2025.')).verdict).toBe('contradicted');
    expect((await verdict('Ruritanian employers added 1.2 million jobs in 2024.')).verdict).toBe('contradicted');
  });
});
