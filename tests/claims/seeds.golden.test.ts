import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import type { Claim, ClaimsDocument } from '../../shared/claims/document.ts';
import { SEED_PUBLISHED, readSeed, seedPath, seedsAvailable } from '../helpers/seeds.ts';

/**
 * Golden tests on the five sample articles: every figure an editor would check, with its value,
 * unit, qualifier and framing, in order; nothing else. Rows are
 * [kind, value (or [low, high], or the date), unit, qualifier, measure, subject entities
 * ("vs:" marks a comparator), event]. The articles' text stays in ../shared/seeds.
 */
type Row = [string, unknown, string | null, string, string | null, string[], string | null];

function row(c: Claim): Row {
  const f = c.figure;
  const fr = c.framing;
  let value: unknown = f.value !== undefined ? f.value : [f.low, f.high];
  if (f.kind === 'date') value = f.date!.end ? [f.date!.start, f.date!.end] : f.date!.start;
  const lead = fr.entities.filter((e) => e.role !== 'context').map((e) => (e.role === 'comparator' ? `vs:${e.id}` : e.id));
  return [f.kind, value, f.unit, f.qualifier, fr.measure, lead, fr.event?.id ?? null];
}

const WAR = '2020-nagorno-karabakh-war';

const GOLDEN: Record<string, { published: ClaimsDocument['article']['published']['how']; title: boolean; rows: Row[] }> = {
  '000': { published: 'unknown', title: false, rows: [] },
  '001': {
    published: 'given',
    title: false,
    rows: [
      ['date', '2020', 'date', 'exact', 'event_date', ['azerbaijan'], WAR], // last year's war
      ['duration', 6, 'week', 'exact', 'duration', ['azerbaijan'], WAR],
      ['date', '1991', 'date', 'exact', 'event_date', ['azerbaijan'], '1991-azerbaijan-independence'],
      ['duration', 1, 'century', 'exact', 'duration', ['armenia'], null],
      ['date', '2020', 'date', 'exact', 'event_date', ['azerbaijan'], WAR], // last year's conflict
      // A name inside an event's name ("brokered by Moscow") names the event, not a subject.
      ['date', '2020-11', 'date', 'exact', 'event_date', [], '2020-ceasefire-statement'],
      ['count', 300, 'settlement', 'nearly', 'settlements_taken', ['azerbaijan'], WAR],
      ['count', 5000, 'soldier', 'at_least', 'soldiers_killed', [], WAR],
      ['count', 140, 'civilian', 'more_than', 'civilians_killed', [], WAR],
      ['count', [10_000, 99_999], 'people', 'order_of_magnitude', 'people_displaced', [], WAR],
      ['duration', 3, 'decade', 'nearly', 'duration', ['armenia'], null],
      ['date', '2021-08-01', 'date', 'exact', 'date', [], null],
      ['date', '2021-08', 'date', 'exact', 'event_date', [], '2021-kalbajar-clash'],
      ['count', 3, 'soldier', 'at_least', 'soldiers_killed', ['armenia'], '2021-kalbajar-clash'],
      ['count', 2, 'soldier', 'exact', 'soldiers_wounded', ['azerbaijan'], '2021-kalbajar-clash'],
      ['date', '2021-07-28', 'date', 'exact', 'event_date', ['turkey'], '2021-baku-declaration'], // "Baku" is in the declaration's name
      ['date', '2021-06', 'date', 'exact', 'event_date', [], '2021-turkey-azerbaijan-joint-exercises'],
      ['date', '2020', 'date', 'exact', 'date', [], null], // exercises "last year": no event named
      ['date', '2010', 'date', 'exact', 'event_date', [], '2010-strategic-partnership-agreement'],
      ['date', '2021-07', 'date', 'exact', 'event_date', ['azerbaijan'], '2021-shusha-declaration'],
      ['count', 2000, 'peacekeeper', 'exact', 'peacekeepers_deployed', ['russia'], null],
      ['date', '2021-07-20', 'date', 'exact', 'event_date', [], '2021-aliyev-putin-moscow-meeting'],
      ['ordinal', 2, 'time', 'exact', null, ['russia'], '2021-aliyev-putin-moscow-meeting'],
      ['date', '2021-07', 'date', 'exact', 'event_date', [], '2021-michel-south-caucasus-visit'],
      ['date', '2021', 'date', 'exact', 'date', ['azerbaijan'], null],
      ['count', 6, 'state', 'exact', null, ['turkey'], null], // a six-state platform, followed by its list
    ],
  },
  '002': {
    published: 'stated',
    title: true,
    rows: [
      ['measure', 10, 'km', 'exact', 'distance', ['gyumri'], '1994-102nd-military-base'],
      ['date', ['2020-07-12', '2020-07-15'], 'date', 'exact', 'event_date', ['armenia'], '2020-tovuz-clashes'],
    ],
  },
  '003': {
    published: 'given',
    title: true,
    rows: [
      ['date', '2024-07-03', 'date', 'exact', 'event_date', ['pakistan'], '2024-astana-trilateral-meeting'],
      ['ordinal', 1, 'meeting', 'exact', null, [], null],
      ['ratio', 3.8, 'times', 'approximately', 'military_expenditure', ['azerbaijan', 'vs:armenia'], null],
      ['date', '2024-07-02', 'date', 'exact', 'date', ['israel'], null],
      ['date', '2020', 'date', 'exact', 'event_date', ['azerbaijan'], WAR], // "Karabakh" is in the war's name
      ['duration', 44, 'day', 'exact', 'duration', ['azerbaijan'], WAR],
      ['date', '2023', 'date', 'exact', 'event_date', ['nagorno-karabakh'], '2023-karabakh-offensive'],
      ['date', '2020', 'date', 'exact', 'date', ['turkey'], null],
      ['date', '2024-06', 'date', 'exact', 'event_date', ['russia'], '2024-peacekeeper-withdrawal'],
      ['date', '1947', 'date', 'exact', 'event_date', ['india'], '1947-pakistan-independence'],
    ],
  },
  '004': {
    published: 'given',
    title: false,
    rows: [
      ['date', '2024-11-25', 'date', 'exact', 'event_date', [], '2024-aras-exercise'],
      ['duration', 4, 'day', 'exact', 'duration', ['iran'], '2024-aras-exercise'],
      ['date', '2024-11-24', 'date', 'exact', 'event_date', [], '2024-aras-exercise'],
    ],
  },
};

const available = seedsAvailable();

describe.skipIf(!available)('golden: the five sample articles', () => {
  for (const [prefix, golden] of Object.entries(GOLDEN)) {
    describe(prefix, () => {
      const bytes = available ? readSeed(prefix) : Buffer.alloc(0);
      const published = SEED_PUBLISHED[prefix];
      const doc = available ? extractClaims(bytes, { source: seedPath(prefix), ...(published ? { published } : {}) }) : (undefined as never);

      it('finds every checkable figure with its value, unit, qualifier and framing, and nothing else', () => {
        expect(doc.claims.map(row)).toEqual(golden.rows);
      });

      it('quotes the original text exactly at its offsets', () => {
        const original = bytes.toString('utf8');
        for (const c of doc.claims) {
          expect(original.slice(c.start, c.end)).toBe(c.quote);
          expect(c.start).toBeGreaterThanOrEqual(c.sentence.start);
          expect(c.end).toBeLessThanOrEqual(c.sentence.end);
        }
      });

      it('reads the header metadata', () => {
        expect(doc.article.published.how).toBe(golden.published);
        expect(doc.article.title !== null).toBe(golden.title);
        expect(doc.counts.claims).toBe(golden.rows.length);
      });
    });
  }

  it('reads the date line and the byline as metadata, not claims', () => {
    const doc = extractClaims(readSeed('002'), {});
    expect(doc.article.published).toMatchObject({ date: '2020-09-23', how: 'stated' });
    expect(doc.article.byline).toMatch(/\S/);
    expect(doc.claims.some((c) => c.figure.date?.start === '2020-09-22' || c.figure.date?.start === '2020-09-23')).toBe(false);
  });

  it('infers a lower bound for the publication date from the latest full date when none is stated or given', () => {
    const doc = extractClaims(readSeed('003'), {});
    expect(doc.article.published).toMatchObject({ date: '2024-07-02', how: 'inferred' });
    // "June this year" resolves against the inferred year.
    expect(doc.claims.find((c) => c.framing.event?.id === '2024-peacekeeper-withdrawal')?.figure.date?.start).toBe('2024-06');
  });

  it('leaves relative dates unresolved when nothing tells the year', () => {
    const doc = extractClaims(readSeed('004'), {});
    expect(doc.article.published.how).toBe('unknown');
    expect(doc.claims[0]!.figure.date).toMatchObject({ start: 'XXXX-11-25', weekday: 'Monday', resolution: 'unresolved' });
  });
});
