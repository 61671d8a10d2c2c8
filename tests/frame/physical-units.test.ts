import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, reportOn, testBeat } from '../helpers/judge.ts';

// A count of things is no quantity in a physical unit: "millions of homes" beside a capacity in
// MW counts homes. A beat written for this test: one country's pumping capacity added in a year.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'pumping_added', name: 'pumping capacity added', unit: 'MW', kind: 'change', subjects: [], actions: ['added', 'connected'], phrases: ['new pumping capacity'] }],
});
const added = fact({ id: 'pumps-2024', measure: 'pumping_added', entities: ['ruritania'], unit: 'MW', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-15', value: 40, precision: 1 });

describe('a count beside a measure in a physical unit', () => {
  it('"millions of homes" takes no capacity in MW; the MW figure beside it does', async () => {
    const text = 'Ruritania connected 40 MW of new pumping capacity in 2024, adding to a network that already serves millions of homes.';
    const r = await reportOn(beat, [added], { published: '2025-02-01' })(text);
    const homes = r.claims.find((c) => c.figure.text.startsWith('millions'))!;
    expect(homes.framing?.measure ?? null).toBeNull();
    expect(homes.verdict).toBe('unverifiable');
    expect(r.claims.find((c) => c.figure.text === '40 MW')!.verdict).toBe('supported');
  });
});

describe('a quantity in the unit of one measure only', () => {
  const judgeText = judgeOn(beat, [added], { published: '2025-02-01' });
  const judged = async (text: string) => (await judgeText(text)).find(ofKind('measure'))!;

  it('is that measure\'s, as a weak reading: it may support, never contradict', async () => {
    const fits = await judged('In 2024 Ruritania switched on a 40 MW station at the lake.');
    expect(fits.framing).toMatchObject({ measure: 'pumping_added', measureVia: 'unit' });
    expect(fits.verdict).toBe('supported');
    const misses = await judged('In 2024 Ruritania switched on a 55 MW station at the lake.');
    expect(misses.verdict).toBe('unverifiable');
  });
});

// "burned 1,200 acres", "4,000 hectares": areas, read as a unit and converted through hectares.
describe('an area', () => {
  const land = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'meadow_flooded', name: 'meadow flooded', unit: 'hectare', subjects: [], actions: [], phrases: ['meadow flooded'] }],
  });
  const flooded = fact({ id: 'meadow-2024', measure: 'meadow_flooded', entities: ['ruritania'], unit: 'hectare', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-15', value: 4000 });
  const judgeText = judgeOn(land, [flooded], { published: '2025-02-01' });
  const judged = async (text: string) => (await judgeText(text)).find(ofKind('measure'))!;

  it('in acres is a quantity, converted to a measure in hectares', async () => {
    const c = await judged('In 2024 Ruritania saw 9,884 acres of meadow flooded.');
    expect(c.figure.unit).toBe('acre');
    expect(c.verdict).toBe('supported');
    expect((await judged('In 2024 Ruritania saw 12,000 acres of meadow flooded.')).verdict).toBe('contradicted');
  });

  it('in the unit of one measure by another name ("ha" for "hectare") is that measure\'s, a weak reading', async () => {
    const c = await judged('Ruritania lost 4,000 hectares in 2024.');
    expect(c.framing?.measure).toBe('meadow_flooded');
    expect(c.framing?.measureVia).toBe('unit');
  });
});
