import { describe, expect, it } from 'vitest';
import { tableCellAt } from '../../shared/frame/table.ts';
import { judgeText, fact } from '../helpers/facts.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { extractOn, judgeOn, reportOn, testBeat } from '../helpers/judge.ts';

const at = (text: string, figure: string) => {
  const i = text.indexOf(figure);
  return tableCellAt(text, i, i + figure.length);
};

describe('table cells', () => {
  it('a Markdown row: the column header, the row label and the caption', () => {
    const text = 'Spending by ally\n\n| Ally | Defence spending, % of GDP (2024) |\n| Poland | 4.1% |\n| Spain | 1.3% |\n';
    expect(at(text, '1.3%')).toEqual({ header: 'Defence spending, % of GDP (2024)', rowLabel: 'Spain', caption: 'Spending by ally', labelHeader: 'Ally', heading: '' });
  });

  it('HTML rows as read, one paragraph each, cells parted by " | "', () => {
    const text = 'Monthly jobs added\n\nMonth | First estimate | Latest\n\nJanuary | 353,000 | 256,000\n\nJuly | 114,000 | 89,000';
    expect(at(text, '89,000')).toEqual({ header: 'Latest', rowLabel: 'July', caption: 'Monthly jobs added', labelHeader: 'Month', heading: '' });
  });

  it('is null outside a table, in a row label, and at the start of a text that opens with blank lines', () => {
    expect(at('Spending rose 4.1% in 2024.', '4.1%')).toBeNull();
    expect(at('| Year | Share |\n| 2024 | 4.1% |', '2024')).toBeNull();
    expect(at('\n\n| 4.1% | x |', '4.1%')).toBeNull();
  });

  it('frames a cell by its table: whose figure, which measure, which year', async () => {
    const facts = [fact({ id: 'am-2023', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-04-22', value: 1.33e9, side: 'sipri' })];
    const r = await judgeText('Arms bills\n\n| Country | Military spending, 2023 |\n| Armenia | $1.3 billion |\n| Georgia | $0.4 billion |\n', facts, '2024-05-01');
    const armenia = r.claims.find((c) => c.figure.text.includes('1.3'))!;
    expect(armenia.framing).toMatchObject({ measure: 'military_expenditure', entities: [{ id: 'armenia', role: 'subject' }], time: { from: '2023', basis: 'explicit' } });
    expect(armenia.verdict).toBe('supported');
  });
});

describe('a timeline table', () => {
  it('a day labelling a row is a claim, in the year its column header states', async () => {
    const facts = [fact({ id: 'war-dates', measure: 'event_date', entities: ['azerbaijan', 'armenia'], event: '2020-nagorno-karabakh-war', unit: 'date', date: { start: '2020-09-27', end: '2020-11-10', precision: 'day' }, asOf: '2020-12-03' })];
    const r = await judgeText('Key dates\n\n| Date (2020) | What happened |\n|---|---|\n| 27 September | The Second Karabakh War begins |\n| 30 September | Shelling spreads |\n', facts, '2023-05-01');
    const begins = r.claims.find((c) => c.figure.text === '27 September')!;
    expect(begins.figure.date).toMatchObject({ start: '2020-09-27', resolution: 'nearby' });
    expect(begins.verdict).toBe('supported');
    // A header without a year leaves the publication's.
    const bare = await judgeText('| Date | What happened |\n|---|---|\n| 27 September | The Second Karabakh War begins |\n', facts, '2023-05-01');
    expect(bare.claims.find((c) => c.figure.text === '27 September')!.figure.date?.start).toBe('2022-09-27');
  });
});

describe('a measure from the paragraph', () => {
  const spending = [
    fact({ id: 'am-share', measure: 'military_expenditure_gdp_share', entities: ['armenia'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-04-22', value: 4.5, side: 'sipri' }),
    fact({ id: 'az-share', measure: 'military_expenditure_gdp_share', entities: ['azerbaijan'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-04-22', value: 4.6, side: 'sipri' }),
  ];

  it('a figure whose sentence names no measure takes the last one of its kind in the paragraph, as a weak reading', async () => {
    const r = await judgeText('In 2023 Azerbaijan spent 4.6% of GDP on its army. In 2023 Armenia came close at 4.5%.', spending, '2024-05-01');
    const armenia = r.claims.find((c) => c.figure.text === '4.5%')!;
    expect(armenia.framing).toMatchObject({ measure: 'military_expenditure_gdp_share', measureVia: 'context' });
    expect(armenia.frame?.measure.confidence).toBe('low');
    expect(armenia.verdict).toBe('supported');
    // Read weakly, a figure that does not fit is not contradicted.
    const wrong = await judgeText('In 2023 Azerbaijan spent 4.6% of GDP on its army. In 2023 Armenia came close at 2.5%.', spending, '2024-05-01');
    expect(wrong.claims.find((c) => c.figure.text === '2.5%')!.verdict).toBe('unverifiable');
  });

  it('across paragraphs only the one measure of its kind the article has named so far', async () => {
    const r = await judgeText('In 2023 Azerbaijan spent 4.6% of GDP on its army.\n\nIn 2023 Armenia came close at 4.5%.', spending, '2024-05-01');
    expect(r.claims.find((c) => c.figure.text === '4.5%')!.framing).toMatchObject({ measure: 'military_expenditure_gdp_share', measureVia: 'context' });
    // Two counted measures named before it: a bare number in a later paragraph is anyone's.
    const two = await judgeText('The war killed 2,908 Azerbaijani servicemen.\n\nSome 11,000 Azerbaijani servicemen were wounded.\n\nThe figure was later revised to 2,906.', [], '2024-05-01');
    const [killed, wounded] = ['2,908', '11,000'].map((t) => two.claims.find((c) => c.figure.text.includes(t))!.framing?.measure);
    expect(killed && wounded && killed !== wounded).toBe(true);
    expect(two.claims.find((c) => c.figure.text === '2,906')!.framing?.measure).toBeNull();
    // Beside two, a bare number takes the paragraph's last one only in that figure's sentence or
    // where its clause refers back to a figure.
    const same = await judgeText('Some 11,000 Azerbaijani servicemen were wounded. The war killed 2,908 Azerbaijani servicemen; an earlier report had listed 2,783.', [], '2024-05-01');
    expect(same.claims.find((c) => c.figure.text === '2,783')!.framing).toMatchObject({ measureVia: 'context' });
    const back = await judgeText('Some 11,000 Azerbaijani servicemen were wounded. The war killed 2,908 Azerbaijani servicemen. The ministry later put the number at 2,906.', [], '2024-05-01');
    expect(back.claims.find((c) => c.figure.text === '2,906')!.framing).toMatchObject({ measureVia: 'context' });
    const neither = await judgeText('Some 11,000 Azerbaijani servicemen were wounded. The war killed 2,908 Azerbaijani servicemen. Later 2,906 came home.', [], '2024-05-01');
    expect(neither.claims.find((c) => c.figure.text === '2,906')?.framing?.measure ?? null).toBeNull();
    const one = await judgeText('The war killed 2,908 Azerbaijani servicemen.\n\nThe figure was later revised to 2,906.', [], '2024-05-01');
    expect(one.claims.find((c) => c.figure.text === '2,906')!.framing).toMatchObject({ measureVia: 'context' });
  });
});

describe('a column\'s unit', () => {
  it('"(US$ m)" in the header makes a bare number money in millions; "%" a share', async () => {
    const facts = [fact({ id: 'am-2023', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-04-22', value: 1.33e9, side: 'sipri' })];
    const r = await judgeText('Military spending\n\n| Country | 2023 (US$ m) |\n| Armenia | 1,330 |\n', facts, '2024-05-01');
    const cell = r.claims.find((c) => c.quote === '1,330')!;
    expect(cell.figure).toMatchObject({ kind: 'money', unit: 'USD', value: 1.33e9 });
    expect(cell.verdict).toBe('supported');
    const share = await judgeText('Spending\n\n| Country | Share of GDP, % |\n| Armenia | 4.5 |\n', [], '2024-05-01');
    expect(share.claims.find((c) => c.quote === '4.5')!.figure).toMatchObject({ kind: 'percent', unit: '%', value: 4.5 });
  });
});

describe('a column headed by a noun that names one measure alone', () => {
  // A beat written for this test: medals won at a games, and athletes sent, by team.
  const beat = testBeat({
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    ],
    measures: [
      { id: 'medals_won', name: 'medals won', unit: 'medal', subjects: ['medal'], actions: ['won', 'took'], implied: ['medal'] },
      { id: 'athletes_sent', name: 'athletes sent', unit: 'athlete', subjects: ['athlete'], actions: ['sent'] },
    ],
  });
  const medals = fact({ id: 'ru-medals', measure: 'medals_won', entities: ['ruritania'], unit: 'medal', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-09-01', value: 12 });
  const judgeTable = judgeOn(beat, [medals], { published: '2024-10-01' });

  it('a bare number under "Medals" counts medals won', async () => {
    const claims = await judgeTable('Final standings\n\n| Team | Medals (2024) | Athletes (2024) |\n|---|---:|---:|\n| Ruritania | 12 | 140 |\n| Freedonia | 9 | 88 |\n');
    const ru = claims.find((c) => c.figure.text === '12')!;
    expect(ru.framing).toMatchObject({ measure: 'medals_won', entities: [{ id: 'ruritania' }] });
    expect(ru.verdict).toBe('supported');
    // "Athletes" names no measure alone (no `implied` noun): the header does not name it; at
    // most the paragraph's measure is carried, a weak reading.
    expect(claims.find((c) => c.figure.text === '140')!.frame?.measure.confidence).not.toBe('high');
  });
});

describe('a table under a section heading, its rows labelled by who counted and when', () => {
  // A beat written for this test: nurses hired and nurses who left one country's service.
  const beat = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [
      { id: 'nurses_hired', name: 'nurses hired', unit: 'nurse', subjects: ['nurse'], actions: ['hired'] },
      { id: 'nurses_left', name: 'nurses who left', unit: 'nurse', subjects: ['nurse'], actions: ['left'] },
    ],
  });
  const left = (asOf: string, value: number) => fact({ id: `left-${asOf}`, measure: 'nurses_left', entities: ['ruritania'], unit: 'nurse', period: { from: '2024-01-01', to: '2024-12-31' }, asOf, value });
  const text = '### How many Ruritanian nurses left the service?\n\nIt depends on whom you ask.\n\n| Count | Hired | Left |\n|---|---|---|\n| Health Office, 3 Mar 2024 | 120 | 40 |\n| Union, Jun 2024 | 130 | 55 |\n';

  it('reads the measure from the column\'s action and the heading\'s noun, and the count as it stood on the row\'s date', async () => {
    const r = await reportOn(beat, [left('2024-03-03', 40), left('2024-06-30', 55)], { published: '2024-09-01' })(text);
    const first = r.claims.find((c) => c.figure.text === '40')!;
    expect(first.framing).toMatchObject({ measure: 'nurses_left', entities: [{ id: 'ruritania' }], time: { to: '2024-03-03', basis: 'as-of' } });
    expect(first.verdict).toBe('supported');
    expect(r.claims.find((c) => c.figure.text === '120')!.framing?.measure).toBe('nurses_hired');
    expect(r.claims.find((c) => c.figure.text === '55')!.verdict).toBe('supported');
  });
});

// A share table as HTML pages often write it: an empty corner cell (which the page's reading
// drops), the parts as column headers, the whole and the year in the caption.
describe('a table of shares with a caption', () => {
  const harvest = testBeat({
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    ],
    measures: [
      { id: 'rye_share', name: 'share of rye in the harvest', unit: '%', subjects: [], actions: [], share: { parts: ['rye'], of: ['harvest', 'grain'] } },
      { id: 'wheat_share', name: 'share of wheat in the harvest', unit: '%', subjects: [], actions: [], share: { parts: ['wheat'], of: ['harvest', 'grain'] } },
    ],
  });
  const facts = [
    fact({ id: 'ru-rye-2023', measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-02-01', value: 56, precision: 1 }),
    fact({ id: 'ru-wheat-2023', measure: 'wheat_share', entities: ['ruritania'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-02-01', value: 26, precision: 1 }),
  ];
  const html = '<p>A good year for rye.</p><table><caption>Share of the harvest in 2023</caption><tr><th></th><th>Rye</th><th>Wheat</th></tr><tr><td>Ruritania</td><td>56%</td><td>26%</td></tr><tr><td>Freedonia</td><td>40%</td><td>31%</td></tr></table>';
  const judged = async () => {
    const doc = extractClaims(new TextEncoder().encode(html), { name: 'a.html', published: '2024-06-01', vocabulary: harvest });
    return (await judgeClaims(doc, new MemoryReferenceStore(facts), { vocabulary: harvest })).claims;
  };

  it('reads each column by its own header, though the corner cell is gone', async () => {
    const claims = await judged();
    expect(claims.find((c) => c.figure.text === '56%')?.framing?.measure).toBe('rye_share');
    expect(claims.find((c) => c.figure.text === '26%')?.framing?.measure).toBe('wheat_share');
  });

  it('takes the caption\'s year as the cells\' period, and the year is no claim of its own', async () => {
    const claims = await judged();
    expect(claims.find((c) => c.figure.text === '56%')?.framing?.time).toEqual({ from: '2023', to: '2023', basis: 'explicit' });
    expect(claims.map((c) => c.figure.text)).not.toContain('2023');
    expect(claims.filter((c) => c.figure.text === '56%' || c.figure.text === '26%').map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });

  it('no year of a paragraph of prose before a table scopes its cells', () => {
    const text = 'Rye did well in 2023, the ministry said.\n\n| | Rye |\n| Ruritania | 56% |\n';
    const doc = extractOn(harvest, { published: '2024-06-01' })(text);
    expect(doc.claims.find((c) => c.figure.text === '56%')?.framing.time.basis).not.toBe('explicit');
  });
});

// The table's corner (the row labels' own header) may name whose figures, and what, every cell
// gives; a row labelled by whose reckoning it is ("Guild estimate") names a source, not the
// subject. A beat written for these tests: the share of rye in a country's harvest.
describe('a table whose corner names the subject and the measure', () => {
  const beat = testBeat({
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'guild', name: 'the Millers\' Guild', kind: 'authority', aliases: ['Guild', 'the guild'] },
    ],
    measures: [{ id: 'rye_share', name: 'share of rye in the harvest', unit: '%', subjects: [], actions: [], phrases: ['rye share', 'of the harvest in rye'] }],
  });
  const rye = (y: string, value: number) => fact({ id: `rye-${y}`, measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: `${y}-01-01`, to: `${y}-12-31` }, asOf: `${Number(y) + 1}-02-01`, value });
  const table = '# Rye\n\n| Ruritania, rye share | 2023 | 2024 |\n|---|---|---|\n| Guild estimate | 21% | 24% |\n| Ministry figures | 20% | 25% |\n';

  it('reads the corner\'s subject and measure, not the source of a row', async () => {
    const doc = extractClaims(new TextEncoder().encode(table), { name: 't.md', published: '2025-03-01', vocabulary: beat });
    const r = await judgeClaims(doc, new MemoryReferenceStore([rye('2023', 21), rye('2024', 24)]), { vocabulary: beat });
    const cells = r.claims.filter((c) => c.figure.kind === 'percent').map((c) => [c.figure.text, c.framing?.entities?.find((e) => e.role === 'subject')?.id, c.framing?.measure, c.verdict]);
    expect(cells).toEqual([
      ['21%', 'ruritania', 'rye_share', 'supported'],
      ['24%', 'ruritania', 'rye_share', 'supported'],
      // (Another source's figures, whose own the table does not hold: not judged.)
      ['20%', 'ruritania', 'rye_share', 'unverifiable'],
      ['25%', 'ruritania', 'rye_share', 'unverifiable'],
    ]);
  });
});
