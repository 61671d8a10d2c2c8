import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { statedWhole, wholeFits } from '../../shared/frame/share-whole.ts';
import { extractOn, judgeOn, ofKind, reportOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: two countries' harvests, each crop's share of the harvest.
const whole = ['harvest', 'crop', 'farm output'];
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
  ],
  measures: [
    { id: 'wheat_share', name: 'share of wheat in the harvest', unit: '%', subjects: [], actions: [], share: { parts: ['wheat', 'winter wheat'], of: whole } },
    { id: 'rye_share', name: 'share of rye in the harvest', unit: '%', subjects: [], actions: [], share: { parts: ['rye'], of: whole } },
    { id: 'harvest_change', name: 'change in the harvest', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['harvest fell', 'harvest rose'] },
    { id: 'cereals_share', name: 'share of cereals in the harvest', unit: '%', subjects: [], actions: [], share: { parts: ['cereals', 'grain crops'], of: whole } },
    { id: 'rye_exports_share', name: 'share of rye in exports', unit: '%', subjects: [], actions: [], share: { parts: ['rye'], of: ['exports', 'sales abroad'] } },
  ],
});
const wheat = (year: string, value: number): ReferenceFact =>
  fact({ id: `wheat-${year}`, measure: 'wheat_share', entities: ['ruritania'], unit: '%', period: { from: `${year}-01-01`, to: `${year}-12-31` }, asOf: `${year}-12-31`, value });

const judge = (text: string, facts: ReferenceFact[]) => reportOn(beat, facts, { published: '2025-06-10' })(text);
const percent = (r: Awaited<ReturnType<typeof judge>>) => r.claims.filter((c) => c.figure.kind === 'percent');

describe('a share read from its part and its whole', () => {
  it('"Wheat accounted for 41% of Ruritania\'s harvest": the part before, the whole after', async () => {
    const r = await judge('Wheat accounted for 41% of the Ruritanian harvest in 2024.', [wheat('2024', 38)]);
    const [c] = percent(r);
    expect(c!.framing?.measure).toBe('wheat_share');
    expect(c!.verdict).toBe('contradicted');
  });

  it('"puts wheat at 38% of farm output": the same with a verb between', async () => {
    const r = await judge('The ministry puts wheat at 38% of Ruritania\'s farm output in 2024.', [wheat('2024', 38)]);
    expect(percent(r)[0]!.verdict).toBe('supported');
  });

  it('names neither where the clause names the parts of two shares', async () => {
    const r = await judge('Wheat and rye made up 60% of the Ruritanian harvest in 2024.', [wheat('2024', 38)]);
    expect(percent(r)[0]!.framing?.measure).toBeNull();
  });

  it('without its whole, the part alone is a weak reading that never contradicts', async () => {
    const r = await judge('In Ruritania, wheat reached 41% in 2024.', [wheat('2024', 38)]);
    const [c] = percent(r);
    expect(c!.framing?.measure).toBe('wheat_share');
    expect(c!.framing?.measureVia).toBe('name');
    expect(c!.verdict).toBe('unverifiable');
  });

  it('the part is the one named before the figure: a part named later in the clause is another thing', async () => {
    const r = await judge('Wheat made up 41% of the Ruritanian harvest in 2024, the ministry said, leaving rye a distant second.', [wheat('2024', 41)]);
    expect(percent(r)[0]!.framing?.measure).toBe('wheat_share');
    expect(percent(r)[0]!.verdict).toBe('supported');
    const after = await judge('In 2024, 41% of the Ruritanian harvest was wheat.', [wheat('2024', 41)]);
    expect(percent(after)[0]!.framing?.measure).toBe('wheat_share');
  });

  it('a whole with no part named is no share', async () => {
    const r = await judge('Ruritania exported 41% of its harvest in 2024.', [wheat('2024', 41)]);
    expect(percent(r)[0]!.framing?.measure).toBeNull();
  });
});

describe('a share whose part stands before a comma', () => {
  // A relative clause or a level set off by a comma speaks of the noun right before the comma.
  it('"… overtook wheat, which fell below 10%", "wheat, at 41%, led": that part\'s share', async () => {
    const relative = percent(await judge('Rye gained and overtook wheat, which fell below 10%.', []));
    expect(relative[0]!.framing?.measure).toBe('wheat_share');
    const apposition = percent(await judge('Rye slipped again in 2024, and wheat, at 41%, led.', []));
    expect(apposition[0]!.framing?.measure).toBe('wheat_share');
  });

  it('none where the noun before the comma is no part of a share', async () => {
    const r = percent(await judge('Wheat led again, and the weather, which cut yields by 10%, was blamed.', []));
    expect(r[0]!.framing?.measure).not.toBe('wheat_share');
  });
});

describe('the article\'s topic', () => {
  it('is the entity its headline names, where another is named as often but later', async () => {
    const text = 'Ruritania harvest breaks records\n\nRuritanian farms had a strong year, unlike those of Freedonia, whose farmers struggled in Freedonia\'s drought. Wheat accounted for 38% of the harvest in 2024.';
    const r = await judge(text, [wheat('2024', 38)]);
    const c = percent(r)[0]!;
    expect(c.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('ruritania');
    expect(c.verdict).toBe('supported');
  });
});

describe('a share whose sentence names only its part', () => {
  // "Wheat made up 41% of the harvest. Rye, at 9%, …": the whole is the paragraph's, the part
  // the clause's own. The measure is a weak reading: it may support, never contradict.
  const rye = (year: string, value: number): ReferenceFact =>
    fact({ id: `rye-${year}`, measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: `${year}-01-01`, to: `${year}-12-31` }, asOf: `${year}-12-31`, value });

  it('takes the share of the part its clause names, of the whole the paragraph named', async () => {
    const r = await judge('In 2024 wheat made up 41% of the Ruritanian harvest. In Ruritania rye reached 9% in 2024, its best year.', [wheat('2024', 41), rye('2024', 9)]);
    const [, second] = percent(r);
    expect(second!.framing).toMatchObject({ measure: 'rye_share', measureVia: 'context' });
    expect(second!.verdict).toBe('supported');
  });

  it('with no part named, the last share; with a wrong value, no contradiction on a carried measure', async () => {
    const r = await judge('In 2024 wheat made up 41% of the Ruritanian harvest. In Ruritania rye reached 19% in 2024, its best year.', [wheat('2024', 41), rye('2024', 9)]);
    expect(percent(r)[1]!.verdict).toBe('unverifiable');
    const plain = await judge('In 2024 wheat made up 41% of the Ruritanian harvest. A year earlier it had been 38%.', []);
    expect(percent(plain)[1]!.framing?.measure).toBe('wheat_share');
  });
});

describe('a share of the people a measure counts, by what they did', () => {
  // A beat written for this test: a referendum's turnout in %, and the count of its voters.
  const poll = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'referendum_turnout', name: 'referendum turnout', unit: '%', subjects: ['voter', 'resident'], actions: ['voted', 'turned out'] },
      { id: 'voters_count', name: 'voters who took part', unit: 'voter', subjects: ['voter'], actions: ['voted', 'turned out'] },
    ],
  });
  const measureOf = (text: string) => extractOn(poll, { published: '2025-06-10' })(text).claims.find((c) => c.figure.kind === 'percent')?.framing.measure ?? null;

  it('"61% of voters turned out": the share measure that counts voters by that action', () => {
    expect(measureOf('In Ruritania, 61% of voters turned out in 2024.')).toBe('referendum_turnout');
    expect(measureOf('In Ruritania, 61% of registered voters voted in 2024.')).toBe('referendum_turnout');
  });

  it('none where no action of the measure stands in the sentence', () => {
    expect(measureOf('In Ruritania, 61% of voters are over 40.')).toBeNull();
  });
});

describe('a fraction of a share measure\'s whole', () => {
  it('"more than half of the harvest", "slipped below a tenth of the harvest": that share, in %', async () => {
    const half = percent(await judge('Wheat made up more than half of the Ruritanian harvest in 2024.', [wheat('2024', 52)]));
    expect(half[0]!.figure).toMatchObject({ kind: 'percent', value: 50, qualifier: 'more_than' });
    expect(half[0]!.verdict).toBe('supported');
    expect(percent(await judge('Wheat made up more than half of the Ruritanian harvest in 2024.', [wheat('2024', 45)]))[0]!.verdict).toBe('contradicted');
    // A verb of change before a bound states the level reached, not a fall.
    const tenth = percent(await judge('In 2024 wheat slipped below a tenth of the Ruritanian harvest.', [wheat('2024', 9)]));
    expect(tenth[0]!.verdict).toBe('supported');
  });

  it('a fraction of something else ("two tenths of a point") stays a fraction', async () => {
    const r = await judge('The wheat share of the Ruritanian harvest rose two tenths of a point in 2024.', [wheat('2024', 38)]);
    expect(r.claims.find((c) => c.figure.text.startsWith('two tenths'))?.figure.kind).not.toBe('percent');
  });
});

// A share names its quantity by its whole as much as by its part: wheat's share of flour milled
// and wheat's share of bread eaten are two quantities, and a third whole is neither.
describe('a share of a whole the text states', () => {
  const mills = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [
      { id: 'wheat_share_flour', name: 'share of wheat in flour milled', unit: '%', subjects: [], actions: [], phrases: ["wheat's share"], share: { parts: ['wheat'], of: ['flour', 'flour output', 'milling'] } },
      { id: 'wheat_share_bread', name: 'share of wheat in bread eaten', unit: '%', subjects: [], actions: [], share: { parts: ['wheat'], of: ['consumption', 'bread consumption'] } },
    ],
  });
  const year = (id: string, measure: string, value: number) => fact({ id, measure, entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-31', value });
  const facts = [year('flour-2024', 'wheat_share_flour', 80), year('bread-2024', 'wheat_share_bread', 60)];
  const judgeText = judgeOn(mills, facts, { published: '2025-06-10' });
  async function read(text: string) {
    return (await judgeText(text)).filter(ofKind('percent')).map((c) => ({ measure: c.framing?.measure ?? null, verdict: c.verdict, explanation: c.explanation }));
  }

  it('is no share of another whole: "wheat\'s share of grain consumption" is neither flour\'s nor bread\'s', async () => {
    const [c] = await read("Wheat's share of Ruritania's grain consumption rose to 41% in 2024.");
    expect(c).toMatchObject({ measure: null, verdict: 'unverifiable' });
    expect(c!.explanation).toMatch(/a share of 'Ruritania's grain consumption', and no share measure of the vocabulary is a share of that/);
  });

  it('takes the measure whose whole it states, though a phrase names another', async () => {
    expect(await read("Wheat's share of Ruritania's bread consumption reached 60% in 2024.")).toMatchObject([{ measure: 'wheat_share_bread', verdict: 'supported' }]);
    expect(await read("Wheat's share of Ruritania's net consumption reached 60% in 2024.")).toMatchObject([{ measure: 'wheat_share_bread', verdict: 'supported' }]);
  });

  it('takes any modifier of a whole listed bare, and a clause after it: "gross flour output", "the flour that the mills turned out"', async () => {
    expect(await read("Wheat's share of Ruritania's gross flour output was 80% in 2024.")).toMatchObject([{ measure: 'wheat_share_flour', verdict: 'supported' }]);
    expect(await read('In Ruritania, wheat made up 80% of the flour that the mills turned out in 2024.')).toMatchObject([{ measure: 'wheat_share_flour', verdict: 'supported' }]);
    expect(await read("In Ruritania, wheat's share of the 2024 total was 80%.")).toMatchObject([{ measure: 'wheat_share_flour', verdict: 'supported' }]);
  });
});

describe('the whole a clause states a share of', () => {
  const isPart = (p: string) => /\b(?:wheat|rye)\b/i.test(p);
  it.each([
    ["Wheat's share of Ruritania's grain consumption rose to 41%.", "Ruritania's grain consumption"],
    ['The share of rye in the flour that the mills turned out came to 41%.', 'the flour'],
    ['Wheat made up 41% of the 2024 total.', 'the 2024 total'],
    ['Wheat made up 41% in 2024.', null],
    ['Wheat rose by 41% in 2024.', null],
    ['Mills counted 41% of it as wheat.', null],
    ['Wheat\'s share of grain consumption rose to 45% in 2024 from 41%.', 'grain consumption'],
    // Another figure's whole is not this one's.
    ['Wheat made up 60% of the flour and cut its levy by 41%.', null],
  ])('%s', (clause, whole) => {
    const at = clause.indexOf('41%');
    expect(statedWhole(clause.slice(0, at), clause.slice(at + 3), isPart)).toBe(whole);
  });

  it.each([
    ['grain consumption', ['consumption', 'bread consumption'], false],
    ['net consumption', ['consumption', 'bread consumption'], true],
    ["Ruritania's bread consumption", ['consumption', 'bread consumption'], true],
    ['grid flour', ['flour', 'milling'], true],
    ['consumption', ['flour', 'milling'], false],
    ['the total', ['flour'], true],
  ] as const)('"%s" against %j: %s', (phrase, wholes, fits) => {
    expect(wholeFits(phrase, wholes)).toBe(fits);
  });
});

describe('a list closed by "and other"', () => {
  const cereals = fact({ id: 'cereals-2024', measure: 'cereals_share', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31', value: 52 });
  it('names the part by the kind it closes with ("wheat, rye and other cereals made up just over half")', async () => {
    for (const text of ['Wheat, rye and other cereals made up just over half of the Ruritanian harvest in 2024.', 'Wheat, rye or other grain crops filled 52% of the Ruritanian harvest in 2024.']) {
      const [c] = (await judge(text, [cereals])).claims;
      expect(c!.framing?.measure, text).toBe('cereals_share');
      expect(c!.verdict, text).toBe('supported');
    }
  });

  it('but a list with no kind of the vocabulary after "and other" still names several parts, and none is taken', async () => {
    const [c] = (await judge('Wheat, rye and other plants made up just over half of the Ruritanian harvest in 2024.', [cereals])).claims;
    expect(c!.framing?.measure ?? null).toBeNull();
  });
});

describe('a share whose whole is named before the figure', () => {
  it('"Rye\'s share of the Ruritanian harvest fell to 9%": the words of the whole are no measure of their own', async () => {
    const rye = fact({ id: 'rye-2024', measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31', value: 9 });
    const [c] = (await judge('Rye\'s share of the Ruritanian harvest fell to 9% in 2024.', [rye])).claims;
    expect(c!.framing?.measure).toBe('rye_share');
    expect(c!.verdict).toBe('supported');
    const [e] = (await judge('The share of rye in the Ruritanian harvest fell to 9% in 2024.', [rye])).claims;
    expect(e!.framing?.measure).toBe('rye_share');
    // The same words in a clause of their own, with a figure of their own, name the change there.
    const [f, g] = (await judge('Rye\'s share of the Ruritanian harvest fell to 9% in 2024, and the Ruritanian harvest fell 3% in 2023.', [rye])).claims.filter((x) => x.figure.kind === 'percent');
    expect(f!.framing?.measure).toBe('rye_share');
    expect(g!.framing?.measure).toBe('harvest_change');
    // Without the share before it, the same words name the change.
    const [d] = (await judge('The Ruritanian harvest fell 9% in 2024.', [rye])).claims;
    expect(d!.framing?.measure).toBe('harvest_change');
  });
});

describe('a list of shares whose verb is left out', () => {
  it('"Wheat took 41% of the harvest, rye 9%": the part right before each figure is its part', async () => {
    const rye = fact({ id: 'rye-2024', measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31', value: 9 });
    for (const text of ['Wheat took 41% of the Ruritanian harvest in 2024, rye 9%.', 'Wheat took 41% of the Ruritanian harvest in 2024 and rye 9%.', 'Wheat took 41% of the Ruritanian harvest in 2024; rye, 9%.']) {
      const [w, r] = (await judge(text, [wheat('2024', 41), rye])).claims.filter((c) => c.figure.kind === 'percent');
      expect(w!.framing?.measure, text).toBe('wheat_share');
      expect(r!.framing?.measure, text).toBe('rye_share');
      expect(r!.verdict, text).toBe('supported');
    }
  });
});

describe('a kind of the part, or a whole narrowed to a part', () => {
  it('"Spelt wheat made up 41%": a kind of the part the measure is a share of, not the part itself', async () => {
    for (const text of ['Spelt wheat accounted for 41% of the Ruritanian harvest in 2024.', 'The spelt wheat of the valley accounted for 41% of the Ruritanian harvest in 2024.']) {
      const c = percent(await judge(text, [wheat('2024', 38)]))[0]!;
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.abstained?.slot, text).toBe('measure');
    }
  });

  it('but a listed part of two words, an owner, or a verb before the part leave it whole', async () => {
    for (const text of ['Winter wheat accounted for 41% of the Ruritanian harvest in 2024.', 'Ruritania\'s wheat accounted for 41% of the harvest in 2024.', 'The ministry put wheat at 41% of the Ruritanian harvest in 2024.']) {
      expect(percent(await judge(text, [wheat('2024', 38)]))[0]!.verdict, text).toBe('contradicted');
    }
  });

  it('"41% of the rye harvest": a whole narrowed by a word of another share\'s part is that part, and no whole of wheat', async () => {
    const c = percent(await judge('In Ruritania, wheat accounted for 41% of the rye harvest in 2024.', [wheat('2024', 38)]))[0]!;
    expect(c.verdict).toBe('unverifiable');
    expect(wholeFits('the rye harvest', whole, (w) => w === 'rye')).toBe(false);
    expect(wholeFits('the grain harvest', whole, (w) => w === 'rye')).toBe(true);
  });
});
