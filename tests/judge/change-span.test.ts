import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A rate of change is measured over a span: flour prices "rose 0.4% on the month" and "3.2% from a
// year earlier" in the same release. A change over one span is no evidence about a change over
// another. A beat written for these tests: the yearly rise of Valdonia's flour prices, declared
// as a change over a year (`span`), and the same measure without a span.
const beat = (span: boolean) =>
  testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
    measures: [{ id: 'flour_price_rise', name: 'rise in flour prices', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['flour prices', 'flour inflation'], ...(span ? { span: 'year' } : {}) }],
  });
const facts = [fact({ id: 'flour-2024-02', measure: 'flour_price_rise', entities: ['valdonia'], unit: '%', period: { from: '2024-02-01', to: '2024-02-29' }, asOf: '2024-03-12', value: 3.2 })];
async function verdict(text: string, span = true) {
  const claims = await judgeOn(beat(span), facts, { published: '2024-03-13', heading: 'Notes from the valley' })(text);
  return { claim: claims.find(ofKind('percent'))!, consistency: claims.filter(ofKind('consistency')) };
}

describe('the span a change is measured over', () => {
  it('a change over another span than the measure declares is neither contradicted nor supported', async () => {
    for (const text of ['Valdonian flour prices rose 0.4% in February from January.', 'Valdonian flour inflation was 0.4% on the month in February.', 'Valdonian flour prices rose 3.2% month on month in February.']) {
      const { claim } = await verdict(text);
      expect(claim.verdict, text).toBe('unverifiable');
      expect(claim.explanation, text).toMatch(/change over a month/);
    }
  });

  it('the declared span, stated, is judged: "from a year earlier", "year on year"', async () => {
    expect((await verdict('Valdonian flour prices rose 3.5% in February from a year earlier.')).claim.verdict).toBe('contradicted');
    expect((await verdict('Valdonian flour prices rose 3.2% year on year in February.')).claim.verdict).toBe('supported');
    expect((await verdict('Valdonian flour prices were 3.2% higher on the year in February.')).claim.verdict).toBe('supported');
  });

  it('a level of the rate the same as the month before ("unchanged from January") is no change over a month', async () => {
    expect((await verdict('Valdonian flour inflation held at 3.2% in February, unchanged from January.')).claim.verdict).toBe('supported');
  });

  it('a rise of a month with no span stated, against a yearly measure, is not contradicted: on the month, or on the year?', async () => {
    const { claim } = await verdict('Valdonian flour prices rose 0.4% in February.');
    expect(claim.verdict).toBe('unverifiable');
    expect(claim.abstained?.slot).toBe('change');
  });

  it('a span stated where the measure declares none is never contradicted', async () => {
    expect((await verdict('Valdonian flour prices rose 3.5% in February from a year earlier.', false)).claim.verdict).toBe('unverifiable');
  });

  it('a change on the month and one on the year are not one quantity stated twice', async () => {
    const { consistency } = await verdict('Valdonian flour inflation was 0.4% on the month in February. Valdonian flour inflation was 3.2% in February.');
    expect(consistency).toEqual([]);
  });
});

describe('a running count up to a day inside its period', () => {
  const v = testBeat({
    entities: [{ id: 'port-vell', name: 'Port Vell', kind: 'place', aliases: ['Port Vell'] }],
    measures: [{ id: 'mills_closed', name: 'mills closed', unit: 'mill', subjects: ['mill'], actions: ['closed', 'shut'] }],
  });
  const closed = [fact({ id: 'vell-2023', measure: 'mills_closed', entities: ['port-vell'], unit: 'mill', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-01-05', value: 386 })];
  const judgeText = judgeOn(v, closed, { published: '2024-01-10', heading: 'Notes from the valley' });
  const judged = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

  it('is a part of the period, which its total does not gainsay', async () => {
    for (const text of ['Port Vell closed 380 mills in 2023, guild data ending 24 December show.', 'As of 24 December, Port Vell had closed 380 mills in 2023.', 'Port Vell closed 380 mills in 2023 through 24 December.']) {
      const c = await judged(text);
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.framing?.time.to, text).toBe('2023-12-24');
    }
    expect((await judged('Port Vell closed 380 mills in 2023.')).verdict).toBe('contradicted');
  });
});

describe('who acts, for a measure read by its phrases alone', () => {
  it('a named one doing a verb of change anyone may do holds the figure: "the Vell bread gauge rose at a 3.2% pace"', async () => {
    const { claim } = await verdict('Valdonia\'s Vell bread gauge rose at a 3.2% annual pace in February, as flour inflation.');
    expect(claim.verdict).toBe('unverifiable');
  });

  it('a participle\'s phrase describes the noun before it: "flour prices paid by millers rose …"', async () => {
    expect((await verdict('Valdonian flour prices paid by millers rose 3.5% year on year in February.')).claim.verdict).toBe('contradicted');
  });

  it('a figure before "target" states the target', async () => {
    const { claim } = await verdict('Valdonian flour inflation stayed above the 3.2% target in February.');
    expect(claim.frame?.status.value).toBe('target');
    expect(claim.verdict).toBe('unverifiable');
  });
});
