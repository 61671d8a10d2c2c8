import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// A figure whose sentence names no measure takes an earlier figure's: a weak reading, which may
// support it but never contradict it. Where its clause points back at that figure by a definite
// head ("February's figure", "the same share", "that estimate"), the reading is sure. A head with
// a modifier of its own ("the national total", "the vacancy rate") names another quantity. A
// beat written for these tests: a statistics office's monthly count of homes built.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
  ],
  measures: [
    { id: 'homes_built', name: 'homes completed in a month', unit: 'home', subjects: ['home'], actions: ['completed'], phrases: ['homes completed'], entity: 'ruritania' },
    { id: 'rented_share', name: 'share of homes rented', unit: '%', subjects: [], actions: [], phrases: ['of homes rented'] },
  ],
});
const month = (m: string) => ({ from: `2025-${m}-01`, to: `2025-${m}-${m === '02' ? '28' : '31'}` });
const facts: ReferenceFact[] = [
  fact({ id: 'feb', measure: 'homes_built', entities: ['ruritania'], unit: 'home', period: month('02'), asOf: '2025-04-02', value: 13_400 }),
  fact({ id: 'mar', measure: 'homes_built', entities: ['ruritania'], unit: 'home', period: month('03'), asOf: '2025-04-02', value: 14_200 }),
  fact({ id: 'rented-2023', measure: 'rented_share', entities: ['freedonia'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-01-15', value: 29 }),
  fact({ id: 'rented-2024', measure: 'rented_share', entities: ['freedonia'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-15', value: 31 }),
];

const judgeText = judgeOn(beat, facts, { published: '2025-04-10' });
const judged = async (text: string, figure: string) => (await judgeText(text)).find((c) => c.figure.text.startsWith(figure))!;

describe('a head that points back, at the start of a sentence or set against another figure', () => {
  it('"The first estimate for February had been 12,900": sure, whatever the case of its first word', async () => {
    const c = await judged('In March builders completed 14,200 homes. The first estimate for February had been 12,900.', '12,900');
    expect(c.frame?.measure).toMatchObject({ value: 'homes_built', confidence: 'high' });
    // A month names which estimate: "The February estimate had been 12,900".
    const month = await judged('In March builders completed 14,200 homes. The February estimate had been 12,900.', '12,900');
    expect(month.frame?.measure).toMatchObject({ value: 'homes_built', confidence: 'high' });
  });

  it('"The number of empty homes rose to 12,900": a head of "of" and its own noun names what it counts, and points back at nothing', async () => {
    const c = await judged('In March builders completed 14,200 homes. The number of empty homes rose by 1,300 to 12,900 in March.', '12,900');
    expect(c.frame?.measure.confidence).not.toBe('high');
    expect(c.verdict).not.toBe('contradicted');
    // ("the figure of about 12,900" still points back.)
    const about = await judged('In March builders completed 14,200 homes. The count of about 12,900 for February was revised.', 'about 12,900');
    expect(about.frame?.measure).toMatchObject({ value: 'homes_built' });
  });

  it('"February\'s was cut to 12,900": a possessive whose noun is left out points back', async () => {
    const c = await judged('In March builders completed 14,200 homes, and February\'s was cut to 12,900.', '12,900');
    expect(c.frame?.measure).toMatchObject({ value: 'homes_built', confidence: 'high' });
  });

  it('"the council puts it at 12,900": the quantity just stated, by another count', async () => {
    const c = await judged('In March builders completed 14,200 homes. The council puts it at 12,900.', '12,900');
    expect(c.frame?.measure).toMatchObject({ value: 'homes_built', confidence: 'high' });
  });

  it('"the official figure is lower than the 15,000 …": the figure set against the one pointed at is not it', async () => {
    const c = await judged('In March builders completed 14,200 homes. The official figure is lower than the 15,000 the mayor promised.', '15,000');
    expect(c.frame?.measure.confidence).not.toBe('high');
  });
});

describe('a measure taken from an earlier figure', () => {
  it('is sure where the clause points back at that figure', async () => {
    const c = await judged('In March builders completed 14,200 homes. February’s figure was lowered to 12,900.', '12,900');
    expect(c.frame?.measure).toMatchObject({ value: 'homes_built', confidence: 'high' });
    expect(c.verdict).toBe('contradicted');
  });

  it('and, where the clause names nobody, of that figure\'s subject', async () => {
    const text = 'In 2024 Freedonia had 31% of homes rented, a record. In 2023 the same share stood at 35%.';
    const same = await judged(text, '35%');
    expect(same.frame?.measure).toMatchObject({ value: 'rented_share', confidence: 'high' });
    expect(same.frame?.subject).toMatchObject({ value: ['freedonia'], confidence: 'high' });
    expect(same.verdict).toBe('contradicted');
    // A clause that names someone else is not that figure's subject's.
    const other = await judged('In 2024 Freedonia had 31% of homes rented, a record. In 2023 the same share stood at 35% in Ruritania.', '35%');
    expect(other.frame?.subject.value).not.toContain('freedonia');
    expect(other.verdict).not.toBe('contradicted');
  });

  it('is weak without such a head: it may support, never contradict', async () => {
    const c = await judged('In March builders completed 14,200 homes. In February it was 12,900.', '12,900');
    expect(c.frame?.measure.confidence).toBe('low');
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained?.slot).toBe('measure');
  });

  it('a head with a modifier of its own names another quantity', async () => {
    const c = await judged('In 2024 Freedonia had 31% of homes rented, a record. In 2024 the vacancy rate stood at 35%.', '35%');
    expect(c.frame?.measure.confidence).not.toBe('high');
    expect(c.verdict).not.toBe('contradicted');
  });
});

describe('a figure pointed back at, whose measure the sentence before named with no figure', () => {
  // A beat written for this test: one town's recycling rate and its share of green votes.
  const town = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'recycling_rate', name: 'recycling rate', unit: '%', subjects: [], actions: [], phrases: ['recycling rate'], entity: 'ruritania' },
      { id: 'green_vote', name: 'green vote share', unit: '%', subjects: [], actions: [], phrases: ['green vote'], entity: 'ruritania' },
    ],
  });
  const measureOf = (text: string, figure: string) => {
    const doc = extractOn(town, { published: '2025-06-10' })(text);
    return doc.claims.find((c) => c.figure.text === figure)?.framing.measure ?? null;
  };

  it('"… leads on the recycling rate. … the final figure came to 41.2%": that measure', () => {
    expect(measureOf('The report leads on the recycling rate. With every ward counted, the final figure came to 41.2%.', '41.2%')).toBe('recycling_rate');
  });

  it('not where the clause names a share of its own, nor where the sentence before named two measures', () => {
    expect(measureOf('The report leads on the recycling rate. Its share of the green vote came to 41.2%.', '41.2%')).not.toBe('recycling_rate');
    expect(measureOf('The report covers the recycling rate and the green vote. The final figure came to 41.2%.', '41.2%')).toBeNull();
  });
});

// A figure pointed back at, or read as the article's or the measure's owner's, is the whole's;
// a clause that narrows it to a group or a place the vocabulary does not know gives a part's
// figure, and the whole's fact would contradict a true one.
describe('a clause that narrows a figure to a group or a place', () => {
  it.each([
    ['In March builders completed 14,200 homes. The figure for Port Vell in March was 2,100.', '2,100', 'for Port Vell'],
    ['In March builders completed 14,200 homes. Among first-time buyers the count in March was 3,900.', '3,900', 'Among first-time buyers'],
    ['In March builders completed 14,200 homes. In Port Vell the count in March was 2,100.', '2,100', 'In Port Vell'],
  ])('%s', async (text, figure, words) => {
    const c = await judged(text, figure);
    expect(c.verdict).not.toBe('contradicted');
    expect(c.frame?.subject).toMatchObject({ confidence: 'low' });
    expect(c.frame?.subject.reason).toContain(`'${words}'`);
  });

  it('a subject the clause names, by a group set on the figure\'s noun ("Ruritania\'s count for new towns")', async () => {
    const c = await judged("Ruritania's count for new towns in March was 2,100 homes completed.", '2,100');
    expect(c.frame?.subject.confidence).toBe('low');
  });

  it('not by a period, a rank, the whole set, or where a source spoke', async () => {
    for (const [text, figure] of [
      ['In March builders completed 14,200 homes. For the first time in years the count in March was above 14,000.', 'above 14,000'],
      ['In March builders completed 14,200 homes. The count for all its regions in March was 14,300.', '14,300'],
      ['In March builders completed 14,200 homes. In Port Vell, the office said, the count in March was 14,300.', '14,300'],
    ] as const) {
      const r = await judged(text, figure);
      expect(r.frame?.subject.reason ?? '').not.toMatch(/narrows/);
    }
  });
});
