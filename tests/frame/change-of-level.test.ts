import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A percentage of change in a sentence that names only a money measure ("its flood budget rose
// 28%") is the change of that measure: the vocabulary's measure of it in %, where the beat
// declares one (`changeOf`). A beat written for these tests: one country's flood-defence budget.
const words = (changeOf: boolean) =>
  testBeat({
    currencies: [{ id: 'usd', code: 'USD', symbols: ['$'], words: ['dollar'] }],
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'flood_budget', name: 'flood-defence budget', unit: 'USD', subjects: [], actions: [], phrases: ['flood budget'] },
      { id: 'flood_budget_change', name: 'change in the flood-defence budget', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['rise in the flood budget'], ...(changeOf ? { changeOf: 'flood_budget' } : {}) },
    ],
  });
const rise = fact({ id: 'rise-2024', measure: 'flood_budget_change', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 28, precision: 1 });

const claimOf = async (text: string, changeOf: boolean) => (await judgeOn(words(changeOf), [rise], { published: '2025-03-01' })(text)).find(ofKind('percent'))!;

describe('a percentage of change of a money measure', () => {
  it('is the measure of its change where the beat declares one', async () => {
    const c = await claimOf('Ruritania\'s flood budget rose 28% in 2024.', true);
    expect(c.framing?.measure).toBe('flood_budget_change');
    expect(c.verdict).toBe('supported');
    expect((await claimOf('Ruritania\'s flood budget rose 31% in 2024.', true)).verdict).toBe('contradicted');
  });

  it('stays the money measure where none is declared', async () => {
    expect((await claimOf('Ruritania\'s flood budget rose 28% in 2024.', false)).framing?.measure).toBe('flood_budget');
  });
});

// "The harvest came to 4,100 tonnes, 3% less than in 2023": a level of any unit the beat links a
// change in % to, and a percentage set against another level ("less than", "higher than") states
// the change from it, with its sign.
describe('a percentage set against another level of a linked measure', () => {
  const harvest = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'rye_harvest', name: 'rye harvest', unit: 't', subjects: [], actions: [], phrases: ['rye harvest'] },
      { id: 'rye_harvest_change', name: 'change in the rye harvest', unit: '%', kind: 'change', subjects: [], actions: [], phrases: [], changeOf: 'rye_harvest' },
    ],
  });
  const fall = fact({ id: 'rye-fall-2024', measure: 'rye_harvest_change', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: -3, precision: 1 });
  const judgeText = judgeOn(harvest, [fall], { published: '2025-03-01' });
  const judge = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

  it('is the linked change, a fall after "less than"', async () => {
    const c = await judge('Ruritania\'s rye harvest came to 4,100 tonnes in 2024, 3% less than in 2023.');
    expect(c.framing?.measure).toBe('rye_harvest_change');
    expect(c.frame?.sign.value).toBe('negative');
    expect(c.verdict).toBe('supported');
  });

  it('a rise after "more than", which the fall contradicts', async () => {
    const c = await judge('Ruritania\'s rye harvest came to 4,100 tonnes in 2024, 3% more than in 2023.');
    expect(c.frame?.sign.value).toBe('positive');
    expect(c.verdict).toBe('contradicted');
  });

  it('a change by a fraction ("shrank by about a fifth") is that change in %, with its sign', async () => {
    const c = await judge('Ruritania\'s rye harvest shrank by about a third in 2024.');
    expect(c.framing?.measure).toBe('rye_harvest_change');
    expect(c.figure).toMatchObject({ kind: 'percent', unit: '%' });
    expect(c.frame?.sign.value).toBe('negative');
    expect(c.verdict).toBe('contradicted');
  });

  it('no change where a comma stands between the figure and the comparative', async () => {
    const c = await judge('Ruritania\'s rye harvest fell by 3%, less than in 2023.');
    expect(c.frame?.change.text).not.toBe('less than');
  });
});

describe('a percentage stated of a whole', () => {
  it('is no change of the money measure beside it ("spent 2.8% of national income on its flood budget")', async () => {
    const c = await claimOf('In 2024 Ruritania put 2.8% of national income into its flood budget.', true);
    expect(c.framing?.measure).toBeNull();
    // Read as the budget's change, it was contradicted by the 28% rise.
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('an amount added of a level measure, where the vocabulary has its change in the same unit', () => {
  // A beat written for this case: the milling power of Valdonia's wheels, and what was added in a year.
  const power = (changeOf: boolean, phrase: string) =>
    testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
      measures: [
        { id: 'wheel_power', name: 'milling power installed', unit: 'MW', subjects: [], actions: [], phrases: ['milling power'] },
        { id: 'wheel_power_added', name: 'milling power added', unit: 'MW', kind: 'change', subjects: [], actions: ['added', 'installed'], phrases: [phrase], ...(changeOf ? { changeOf: 'wheel_power' } : {}) },
      ],
    });
  const measureOf = (v: ReturnType<typeof power>) => extractOn(v, { published: '2025-03-01' })('Valdonia added 16 MW of milling power in 2024.').claims[0]!.framing.measure;

  it('is the change measure: declared (`changeOf`), or one whose phrase is the level\'s with a word before it', () => {
    expect(measureOf(power(true, 'wheel additions'))).toBe('wheel_power_added');
    expect(measureOf(power(false, 'new milling power'))).toBe('wheel_power_added');
  });

  it('not a change measure the vocabulary does not tie to it', () => {
    expect(measureOf(power(false, 'wheel additions'))).toBe('wheel_power');
  });
});

describe('a level\'s phrase after a noun of change names the level\'s change', () => {
  const v = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [
      { id: 'wheel_power', name: 'milling power installed', unit: 'MW', subjects: [], actions: [], phrases: ['milling power'] },
      { id: 'wheel_power_added', name: 'milling power added', unit: 'MW', kind: 'change', subjects: [], actions: ['added'], phrases: ['new milling power'] },
      { id: 'wheel_count', name: 'water wheels at work', unit: 'wheel', subjects: ['wheel'], actions: [], phrases: ['wheel count'] },
    ],
  });
  const read = extractOn(v, { published: '2025-03-01', heading: 'Notes from the valley' });
  const measureOf = (text: string) => read(text).claims.find((c) => c.figure.kind !== 'date')!.framing.measure;

  it('"growth in milling power amounted to 16 MW", "additions to milling power came to 16 MW": the change', () => {
    expect(measureOf('Growth in milling power in 2024 amounted to 16 MW.')).toBe('wheel_power_added');
    expect(measureOf('In 2024, additions to Valdonia\'s milling power came to 16 MW.')).toBe('wheel_power_added');
  });

  it('no measure where the vocabulary has no change of that level: the level\'s facts would fit only by chance', () => {
    expect(measureOf('The increase in the wheel count in 2024 was 120 wheels.')).toBeNull();
  });

  it('not the level the change led to ("the rise in milling power to 99 MW"), nor the level itself', () => {
    expect(measureOf('The rise in milling power to 99 MW came in 2024.')).toBe('wheel_power');
    expect(measureOf('Milling power reached 99 MW in 2024.')).toBe('wheel_power');
  });
});

describe('a change of a part, and a change on a year', () => {
  const v = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [{ id: 'output_change', name: 'change in milling output', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['milling output'], entity: 'valdonia' }],
  });
  const facts = [2023, 2024].map((y) => fact({ id: `out-${y}`, measure: 'output_change', entities: ['valdonia'], unit: '%', period: { from: `${y}-01-01`, to: `${y}-12-31` }, asOf: `${y + 1}-02-01`, value: y === 2023 ? -11 : -3.6 }));
  const judgeText = judgeOn(v, facts, { published: '2025-03-01', heading: 'Notes from the valley' });
  const judged = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

  it('the measure\'s words, "from" and words the vocabulary does not know: a part of it ("milling output from rented wheels")', async () => {
    const part = await judged('Milling output from rented wheels fell by 11% in 2024.');
    expect(part.verdict).toBe('unverifiable');
    expect(part.abstained?.slot).toBe('measure');
    expect(part.explanation).toMatch(/narrows the measure to a part \('output from rented wheels'\)/);
    expect((await judged('Milling output fell by 11% in 2024.')).verdict).toBe('contradicted');
    // (A word or two of the noun between: "Milling output feed-in from rented wheels".)
    expect((await judged('Milling output feed-in from rented wheels fell by 11% in 2024.')).verdict).toBe('unverifiable');
    // (Not where the figures come from, a verb before "from", a figure or a time after it.)
    expect((await judged('The figures from the mill office show milling output fell by 11% in 2024.')).verdict).toBe('contradicted');
    expect((await judged('Milling output fell by 11% in 2024 from the year before.')).verdict).toBe('contradicted');
  });

  it('the measure\'s words, "on", "in" or "at" and a describing word with its noun the vocabulary does not know: a part of it ("milling output in rural mills")', async () => {
    const part = await judged('Milling output in rural mills fell by 11% in 2024.');
    expect(part.verdict).toBe('unverifiable');
    expect(part.abstained?.slot).toBe('measure');
    expect(part.explanation).toMatch(/narrows the measure to a part \('output in rural mills'\)/);
    expect((await judged('Milling output on northern rivers fell by 11% in 2024.')).verdict).toBe('unverifiable');
    // (Not a known name, a time, a bare noun, or a word that describes no kind.)
    expect((await judged('Milling output in Valdonia fell by 11% in 2024.')).verdict).toBe('contradicted');
    expect((await judged('Milling output in early spring fell by 11% in 2024.')).verdict).toBe('contradicted');
    expect((await judged('Milling output in total fell by 11% in 2024.')).verdict).toBe('contradicted');
  });

  it('"from" and a kind of event is the cause, not a part: "mill losses from the spring floods"', async () => {
    const floods = testBeat({
      eventKinds: [{ id: 'flood', nouns: ['flood', 'flooding'] }],
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
      measures: [{ id: 'mills_lost', name: 'mills lost', unit: 'mill', subjects: ['mill'], actions: [], phrases: ['mill losses'], entity: 'valdonia' }],
    });
    const lost = [fact({ id: 'mills-lost-2024', measure: 'mills_lost', entities: ['valdonia'], unit: 'mill', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-10', value: 5200 })];
    const judgeText = judgeOn(floods, lost, { published: '2025-03-01', heading: 'Notes from the valley' });
    const judge = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;
    expect((await judge('Mill losses from the spring floods in 2024 came to 5,200.')).verdict).toBe('supported');
    expect((await judge('Mill losses from rotten weirs in 2024 came to 5,200.')).verdict).toBe('unverifiable');
  });

  it('a year right after a change\'s figure and "from" is what it is a change on, not its period', async () => {
    const c = await judged('Milling output fell 3.6% from 2023.');
    expect(c.framing?.time.from).not.toBe('2023');
    expect(c.verdict).toBe('supported');
  });
});

describe('a word before a measure\'s phrase that names a kind of it', () => {
  const v = testBeat({
    entities: [
      { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
      { id: 'rope-trade', name: 'the rope trade', kind: 'sector', aliases: ['rope'] },
    ],
    measures: [{ id: 'idle_rate', name: 'idle mill rate', unit: '%', subjects: [], actions: [], phrases: ['idle rate', 'idle mills'], entity: 'valdonia' }],
  });
  const facts = [fact({ id: 'idle-2024-07', measure: 'idle_rate', entities: ['valdonia'], unit: '%', period: { from: '2024-07-01', to: '2024-07-31' }, asOf: '2024-08-02', value: 4.3 })];
  const judgeText = judgeOn(v, facts, { published: '2024-08-03', heading: 'Notes from the valley' });
  const judged = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

  it('a narrower series ("the R-2 idle rate", "Upland idle mills", a sector\'s "rope idle rate") is not judged as the measure', async () => {
    for (const text of ['The R-2 idle rate rose to 7.8% in July.', 'Upland idle mills rose to 7.8% in July.', 'The Valdonian rope idle rate rose to 7.8% in July.', 'In the uplands, the idle rate rose to 7.8% in July.']) {
      const c = await judged(text);
      expect(c.verdict, text).toBe('unverifiable');
      // (Or read as the sector's own figure, which the table does not hold.)
      expect(c.explanation, text).toMatch(/names a (?:kind|part) of the measure|narrows it to|for the rope trade/);
    }
  });

  it('a kind\'s figure that happens to match the measure\'s is not supported either', async () => {
    const c = await judged('Upland idle mills stood at 4.3% in July.');
    expect(c.verdict).toBe('unverifiable');
    expect(c.frame?.measure.narrowed).toBe(true);
  });

  it('not an owner, a name, a time, a verb or a word that leaves it whole', async () => {
    for (const text of [
      'The guild saw a hint of idle mills at 7.8% in July.',
      'In the meantime, the idle rate rose to 7.8% in July.',
      'Of the 40 idle mills counted in June, the guild put idle mills at 7.8% in July.',
      '- Idle mills rose to 7.8% in July.',
      'The Vellcount 2024 idle rate rose to 7.8% in July.',
      'Valdonia\'s own idle rate rose to 7.8% in July.',
      'The official idle rate rose to 7.8% in July.',
      'Valdonia\'s idle rate rose to 7.8% in July.',
      'The Valdonian idle rate rose to 7.8% in July.',
      'The seasonally adjusted idle rate rose to 7.8% in July.',
      'The guild puts idle mills at 7.8% in July.',
      'July\'s idle rate rose to 7.8%.',
    ]) expect((await judged(text)).verdict, text).toBe('contradicted');
  });
});

// "4,100 millers were counted in 2024, a 3% fall on 2023": a change in % apposed to the level
// just before it is that level's change, where the vocabulary links a change in % to it.
describe('a change in % apposed to a level', () => {
  const v = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [
      { id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted'] },
      { id: 'millers_change', name: 'yearly roll change', unit: '%', kind: 'change', changeOf: 'millers', subjects: [], actions: [] },
    ],
  });
  const read = extractOn(v, { published: '2025-03-01', heading: 'Notes from the valley' });
  const measureOf = (text: string) => read(text).claims.find(ofKind('percent'))?.framing.measure ?? null;

  it('is the change the vocabulary links to that level: "…, a 3% fall", "…, up 3%", "…, representing a 3% rise"', () => {
    expect(measureOf('Valdonia counted 4,100 millers in 2024, a 3% fall on the number for 2023.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers in 2024, up 3% on the year.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers, representing a 3% rise on 2023.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers in 2024, which is a 3% rise on 2023.')).toBe('millers_change');
  });

  it('and "…, a decline of 3%", "…, an increase of 3%", "…, that\'s 3% more than in 2023"', () => {
    expect(measureOf('Valdonia counted 4,100 millers in 2024, a decline of 3% compared to 2023.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers in 2024, an increase of 3%, the guild said.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers in 2024, that\'s 3% more than in 2023.')).toBe('millers_change');
    expect(measureOf('Valdonia counted 4,100 millers in 2024, which is 3% more than the year before.')).toBe('millers_change');
  });

  it('over a measure in % read only from words of its name', () => {
    const named = testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
      measures: [
        { id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted'] },
        { id: 'millers_change', name: 'yearly roll change', unit: '%', kind: 'change', changeOf: 'millers', subjects: [], actions: [] },
        { id: 'millers_share', name: 'share of millers counted among workers', unit: '%', subjects: [], actions: [] },
      ],
    });
    const claims = extractOn(named, { published: '2025-03-01', heading: 'Notes from the valley' })('Valdonia counted 4,100 millers in 2024, that\'s 3% more than in 2023.').claims;
    expect(claims.find(ofKind('percent'))?.framing.measure).toBe('millers_change');
  });

  it('over a money measure named later in the sentence, in a clause of its own', () => {
    const withMoney = testBeat({
      currencies: [{ id: 'usd', code: 'USD', symbols: ['$'], words: ['dollar'] }],
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
      measures: [
        { id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted'] },
        { id: 'millers_change', name: 'yearly roll change', unit: '%', kind: 'change', changeOf: 'millers', subjects: [], actions: [] },
        { id: 'guild_takings', name: 'guild takings', unit: 'USD', subjects: [], actions: [], phrases: ['takings'] },
        { id: 'guild_takings_change', name: 'change in guild takings', unit: '%', kind: 'change', changeOf: 'guild_takings', subjects: [], actions: [] },
      ],
    });
    const claims = extractOn(withMoney, { published: '2025-03-01', heading: 'Notes from the valley' })('Valdonia counted 4,100 millers in 2024, marking a 3% rise on the year, as the guild\'s takings set a record of $61 million.').claims;
    expect(claims.find(ofKind('percent'))?.framing.measure).toBe('millers_change');
  });

  it('is not a share, a level or a figure after another clause', () => {
    expect(measureOf('Valdonia counted 4,100 millers in 2024, a 3% share of its workers.')).toBeNull();
    expect(measureOf('Valdonia counted 4,100 millers in 2024; the rate was 3% in the towns.')).toBeNull();
  });
});

// "Corn output rose 6.1 tonnes (up 2.1%), most of the increase in grain output": the measure's
// phrase in another clause, and the head of its phrase with a describing word of its own in the
// figure's clause, names another kind.
describe('the head of a measure\'s phrase with a word of its own, the phrase in another clause', () => {
  const grain = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'grain_harvest', name: 'grain harvest', unit: 't', subjects: [], actions: [], phrases: ['grain harvest'] },
      { id: 'grain_harvest_change', name: 'change in the grain harvest', unit: '%', kind: 'change', changeOf: 'grain_harvest', subjects: [], actions: [], phrases: ['increase in grain harvest'] },
    ],
  });
  const rise = fact({ id: 'grain-rise-2024', measure: 'grain_harvest_change', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 1.6, precision: 0.1 });
  const judged = async (text: string) => (await judgeOn(grain, [rise], { published: '2025-03-01', heading: 'Notes from the fields' })(text)).find(ofKind('percent'))!;

  it('is another kind, not the measure: "Ruritania\'s rye harvest rose (up 2.1%), most of the increase in grain harvest"', async () => {
    const c = await judged("In 2024 Ruritania's rye harvest rose 6,000 tonnes (up 2.1%), most of the 11,000-tonne increase in grain harvest.");
    expect(c.verdict).toBe('unverifiable');
    expect(c.frame?.measure.reason).toMatch(/a kind of the measure \('rye harvest'\)/);
  });

  it('the measure\'s own phrase in the clause is the measure', async () => {
    expect((await judged("In 2024 Ruritania's grain harvest rose 11,000 tonnes (up 2.1%), the guild said.")).verdict).toBe('contradicted');
  });
});
