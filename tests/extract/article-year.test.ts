import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';

// An article looking back at events of an earlier year writes their days without the year once
// it has stated it: "Floods hit the valley on 2 to 4 March 2019 … the estimate issued on 9
// March". Such a day takes the year of the article's last date that states one, when it falls in
// that date's month or the two after and its sentence speaks of the past. Inferred, not stated.
const dates = (text: string, published: string) =>
  extractClaims(new TextEncoder().encode(text), { published }).claims.filter((c) => c.figure.kind === 'date').map((c) => ({ text: c.figure.text, ...c.figure.date }));

const LOOKING_BACK = 'Floods hit the valley on 2 to 4 March 2019, the worst in living memory.\n\n';

describe("a day without its year in an article looking back", () => {
  it("takes the year of the article's last date that states one", () => {
    const d = dates(`${LOOKING_BACK}The first damage estimate, issued on 9 March, was revised twice.`, '2020-01-15');
    expect(d.find((x) => x.text === '9 March')).toMatchObject({ start: '2019-03-09', resolution: 'article' });
    // Two months on is still that year's.
    expect(dates(`${LOOKING_BACK}The last road reopened on 20 May.`, '2020-01-15').find((x) => x.text === '20 May')).toMatchObject({ start: '2019-05-20', resolution: 'article' });
  });

  it('not when its sentence does not speak of the past', () => {
    const d = dates(`${LOOKING_BACK}The inquiry meets again on 20 April.`, '2020-04-01');
    expect(d.find((x) => x.text === '20 April')).toMatchObject({ start: '2020-04-20', resolution: 'publication' });
  });

  it('not when the day is months away from the stated date', () => {
    const d = dates(`${LOOKING_BACK}The bridge reopened on 30 September.`, '2020-12-01');
    expect(d.find((x) => x.text === '30 September')).toMatchObject({ start: '2020-09-30', resolution: 'publication' });
  });

  it('not when the day is in the weeks before publication: that is this year\'s', () => {
    const d = dates(`${LOOKING_BACK}Survivors gathered on 5 March to lay flowers.`, '2020-03-20');
    expect(d.find((x) => x.text === '5 March')).toMatchObject({ start: '2020-03-05', resolution: 'publication' });
  });

  it('in the weeks before publication, still the stated year\'s in the paragraph that stated it', () => {
    const d = dates('Floods hit the valley on 2 to 4 March 2019. The dam gave way on 5 March.', '2020-03-20');
    expect(d.find((x) => x.text === '5 March')).toMatchObject({ start: '2019-03-05', resolution: 'article' });
  });

  it("not when the stated date is of the publication's year", () => {
    const d = dates('Floods hit the valley on 2 March 2020.\n\nThe first estimate was issued on 9 March.', '2020-06-01');
    expect(d.find((x) => x.text === '9 March')).toMatchObject({ start: '2020-03-09', resolution: 'publication' });
  });

  it('is a weak reading: its time slot is low and it is never contradicted', async () => {
    const doc = extractClaims(new TextEncoder().encode(`${LOOKING_BACK}The first damage estimate, issued on 9 March, was revised twice.`), { published: '2020-01-15' });
    const report = await judgeClaims(doc, new MemoryReferenceStore([]));
    const c = report.claims.find((x) => x.figure.text === '9 March')!;
    expect(c.frame?.time).toMatchObject({ confidence: 'low', reason: expect.stringContaining('earlier date of the article') });
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('"last week", "this week", "next week"', () => {
  it('are the Monday-to-Sunday weeks around the article\'s date', () => {
    // 2 July 2025 is a Wednesday.
    expect(dates('Leaders met last week in The Hague.', '2025-07-02')).toEqual([expect.objectContaining({ text: 'last week', start: '2025-06-23', end: '2025-06-29', precision: 'day' })]);
    expect(dates('The mill reopened this week.', '2025-07-02')).toEqual([expect.objectContaining({ start: '2025-06-30', end: '2025-07-06' })]);
    expect(dates("Next week's vote matters.", '2025-07-02')).toEqual([expect.objectContaining({ start: '2025-07-07', end: '2025-07-13' })]);
  });

  it('"the past week" is a span, not a date; with no article date there is no week', () => {
    expect(dates('The past week was calm.', '2025-07-02')).toEqual([]);
    expect(extractClaims(new TextEncoder().encode('Leaders met last week.'), {}).claims.filter((c) => c.figure.kind === 'date')).toEqual([]);
  });
});

describe('"three days later", "two weeks earlier"', () => {
  it('are days counted from the last full date before them in their paragraph', () => {
    expect(dates('The dam broke on 12 May 2024. Three days later the river crested.', '2024-06-01')).toEqual([
      expect.objectContaining({ text: '12 May 2024', start: '2024-05-12' }),
      expect.objectContaining({ text: 'Three days later', start: '2024-05-15', precision: 'day', resolution: 'context' }),
    ]);
    expect(dates('The fair opened on 3 March 2024; two weeks earlier the hall was still empty.', '2024-06-01')).toContainEqual(expect.objectContaining({ text: 'two weeks earlier', start: '2024-02-18' }));
  });

  it('stay spans with no such date before them, in another paragraph, or before "than"', () => {
    expect(dates('Three days later the river crested.', '2024-06-01')).toEqual([]);
    expect(dates('The dam broke on 12 May 2024.\n\nThree days later the river crested.', '2024-06-01').map((d) => d.text)).toEqual(['12 May 2024']);
    expect(dates('The dam broke on 12 May 2024, three days later than feared.', '2024-06-01').map((d) => d.text)).toEqual(['12 May 2024']);
  });
});

describe('a day counted from another date', () => {
  it('may support the event\'s date, never contradict it: which date it counts from is read, not stated', async () => {
    const { judgeClaims } = await import('../../shared/judge/judge.ts');
    const { MemoryReferenceStore } = await import('../../shared/reference/store.ts');
    const { compileVocabulary } = await import('../../shared/vocabulary/vocabulary.ts');
    const { Vocabulary } = await import('../../shared/vocabulary/schema.ts');
    const { fact } = await import('../helpers/facts.ts');
    const v = compileVocabulary(Vocabulary.parse({ version: 'counted-day-test', entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }], measures: [], events: [{ id: 'truce', name: 'the river truce', kind: 'agreement', start: '2024-05-15', entities: ['ruritania'], aliases: ['river truce'] }] }));
    const truce = fact({ id: 'truce-date', measure: 'event_date', entities: ['ruritania'], event: 'truce', unit: 'date', date: { start: '2024-05-15', precision: 'day' }, asOf: '2024-05-16' });
    const judge = async (text: string) => {
      const doc = extractClaims(new TextEncoder().encode(text), { published: '2024-06-01', vocabulary: v });
      return (await judgeClaims(doc, new MemoryReferenceStore([truce]), { vocabulary: v })).claims.find((c) => /later/.test(c.figure.text))!;
    };
    expect((await judge('The dam broke on 12 May 2024. Three days later the river truce was signed in Ruritania.')).verdict).toBe('supported');
    expect((await judge('The dam broke on 10 May 2024. Three days later the river truce was signed in Ruritania.')).verdict).not.toBe('contradicted');
  });
});
