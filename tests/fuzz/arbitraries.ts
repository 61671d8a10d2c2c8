import fc from 'fast-check';
import { defaultVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import type { ClaimsDocument } from '../../shared/claims/document.ts';
import { keysFor } from '../../shared/judge/lookups.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';

/**
 * Generators the fuzz files share: article text built from the engine's own vocabulary (so
 * figures are found and framed, not only skipped), hostile strings, and reference rows valid
 * by the ReferenceFact schema but otherwise as odd as the schema allows.
 */

const vocabulary = defaultVocabulary().source;

/** Strings that try to become markup, script, a link or a terminal command wherever they land. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '</SCRIPT >',
  '<script src=//evil.example/x.js></script>',
  '</textarea><img src=x onerror=alert(3)>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(4)>",
  '" onmouseover="alert(5)',
  "' autofocus onfocus='alert(6)",
  '<a href="javascript:alert(7)">x</a>',
  'javascript:alert(8)',
  'JaVaScRiPt:alert(9)',
  ' javascript:alert(10)',
  'data:text/html,<script>alert(11)</script>',
  'vbscript:msgbox(12)',
  '<!--',
  '-->',
  '<!-- <p onclick="alert(13)"> -->',
  ']]>',
  '<![CDATA[',
  '<?xml version="1.0"?>',
  '<style>*{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '<math><mi xlink:href="javascript:alert(14)">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '&lt;script&gt;alert(15)&lt;/script&gt;',
  '&amp;',
  '&#60;script&#62;',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u202e',
  '\u2066evil\u2069',
  '\u200f',
  '\u061c',
  '\x1b[31mred\x1b[0m',
  '\x1b]8;;https://evil.example\x07link\x1b]8;;\x07',
  '\x07\x08\x7f\x9b',
  '\r\n',
  '\t',
  '[click](javascript:alert(16))',
  '![img](https://evil.example/x.png)',
  '<javascript:alert(17)>',
  '<https://evil.example>',
  '*bold* _em_ `code` ~~strike~~',
  '| a | b |',
  '\\|',
  '\\',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '---',
  '```',
  '{{constructor.constructor("alert(18)")()}}',
  '${alert(19)}',
  '__proto__',
  '😀',
  'e\u0301',
  '\ud83d',
  '\ufeff',
  '\u00a0',
];

const hostileChars = fc.constantFrom(...'<>&"\'`/\\=:;()[]{}|*_~#!-+.\u0000\u2028\u2029\u202e\u200f\x1b\r\n\t '.split(''));

/** Any string, but with hostile payloads and markup characters much more often than chance. */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: hostileChars, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
export const hostileNonEmpty = hostile.filter((s) => s.length > 0);

// ---------------------------------------------------------------------------------------------
// Article text

const uniq = (xs: Iterable<string>) => [...new Set(xs)];
const ENTITY_WORDS = uniq(vocabulary.entities.flatMap((e) => [e.name, ...e.aliases]));
const MEASURE_WORDS = uniq(
  vocabulary.measures.flatMap((m) => [...m.subjects, ...m.subjects.map((s) => `${s}s`), ...m.actions, ...(m.phrases ?? []), ...(m.implied ?? []), ...(m.implied ?? []).map((s) => `${s}s`)]),
);
const EVENT_WORDS = uniq(vocabulary.events.flatMap((e) => [e.name, ...e.aliases, ...(e.cues ?? []).flat()]));
const QUALIFIERS = ['at least', 'more than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'up to', 'fewer than', 'less than', 'no more than', 'between', 'and', 'to', 'dozens of', 'hundreds of', 'tens of thousands of', 'an estimated', 'roughly'];
const UNITS = ['%', 'per cent', 'percent', 'percentage points', 'times', 'fold', 'days', 'weeks', 'months', 'years', 'a century', 'km', 'kilometers', 'miles', 'billion', 'million', 'bn', 'm', 'trillion', 'thousand', 'dollars', 'drams', 'manat', 'euros', 'USD', 'AMD', 'AZN'];
const CURRENCY = ['$', 'US$', '€', '£', '₼', '֏', '₺', '₽'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Sept.', 'Nov'];
const DATES = ['Monday, November 25', '23.09.2020', '2020-09-27', 'July 12 – 15', 'in June this year', 'last year', 'next month', 'early 2021', 'mid-2020', 'the end of 2023', 'on Friday', 'in 1991', 'since 1994', '30 February 2021', '31.13.2020', '0000-00-00'];
const GLUE = ['the', 'a', 'of', 'in', 'on', 'by', 'said', 'were', 'was', 'has', 'have', 'deployed', 'spent', 'killed', 'taken', 'that of', 'than', 'compared with', 'rose', 'fell', 'by', 'first', 'second', 'third', 'last', 'Dr.', 'U.S.', 'i.e.', 'etc.'];
const MARKUP = ['<p>', '</p>', '<br>', '<b>', '</b>', '<h1>', '</h1>', '<li>', '<table><tr><td>', '</td></tr></table>', '<meta name="date" content="2020-10-01">', '<title>', '</title>', '&amp;', '&nbsp;', '&#8212;', '&#x202E;', '&bogus;', '# ', '## ', '**', '_', '`', '> ', '- ', '* ', '1. ', '| a | 1 |', '|---|---|', '[link](http://x.org/5)', '![alt](x.png)', '---', '```\n', '<!--', '-->'];
const ODD = ['\u00a0', '\u2009', '\u202f', '−', '–', '—', '“', '”', '’', '…', '\u200b', '\ufeff', '\u202e', '\u2028', '\u0000', '\r', '\t', 'e\u0301', '😀', 'Ş', '١٢٣', '５,０００', '²', '½', '¼', '·', '٫', 'ﬁ'];
const PUNCT = ['.', '.', '.', ',', ',', ';', ':', '!', '?', '(', ')', '"', "'", '\n', '\n\n', '\n\n\n'];

/** Numbers as articles write them, and as they should not: grouping styles, decimals, words, huge digit runs. */
export const numeral: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 9_999 }).map(String),
  fc.integer({ min: 1_000, max: 99_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US').replace(/,/g, ' ')),
  fc.integer({ min: 1_000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US').replace(/,/g, '.')),
  fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('three', 'forty-four', 'two hundred', 'a dozen', 'half', 'one', 'zero', 'a million', 'thousands', 'first', 'second'),
  fc.stringMatching(/^[1-9]\d{15,40}$/),
  fc.constantFrom('9'.repeat(330), `1${'0'.repeat(400)}`, '1e308', '1e309', '0.0000001', '-5', '−5', '+7', '007', '1,2,3', '1..2', '5,000,', ',5', '3.8.1', '1/2', '4-6', '10–20', '2,437-2,906'),
);

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: numeral },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CURRENCY), numeral).map(([c, n]) => `${c}${n}`) },
  { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 4, arbitrary: fc.constantFrom(...ENTITY_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...MEASURE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...EVENT_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUALIFIERS) },
  { weight: 2, arbitrary: fc.constantFrom(...MONTHS) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 32 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1900, max: 2100 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '\u00a0', '\n', '-', '/');

/** A run of vocabulary words, numbers, dates, markup and noise: a sentence soup the engine will find figures in. */
export const soup: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, separator), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const COUNTRY_WORDS = uniq(vocabulary.entities.filter((e) => e.kind === 'country').flatMap((e) => [e.name, ...e.aliases.slice(0, 3)]));
const SUBJECTS = uniq(vocabulary.measures.flatMap((m) => [...m.subjects, ...(m.implied ?? [])]).map((w) => (w.endsWith('s') || w.endsWith('men') || w.endsWith('personnel') ? w : `${w}s`)));
const ACTIONS = uniq(vocabulary.measures.flatMap((m) => m.actions));
const EVENT_NAMES = uniq(vocabulary.events.flatMap((e) => [e.name, ...e.aliases]));
const year = fc.integer({ min: 1988, max: 2027 }).map(String);

/** Sentences shaped like the claims articles make, so that figures are framed and looked up. */
export const claimSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(['', ...QUALIFIERS.slice(0, 12)]), numeral, pick(COUNTRY_WORDS), pick(SUBJECTS), pick(ACTIONS), pick(EVENT_NAMES)).map(([q, n, c, s, a, e]) => `${q} ${n} ${c} ${s} were ${a} in the ${e}.`),
  fc.tuple(pick(COUNTRY_WORDS), pick(CURRENCY), numeral, pick(['', ' billion', ' million', 'm', 'bn']), year).map(([c, cur, n, sc, y]) => `${c} spent ${cur}${n}${sc} on military spending in ${y}.`),
  fc.tuple(pick(COUNTRY_WORDS), numeral, pick(['drams', 'manat', 'US dollars', 'euros'])).map(([c, n, u]) => `${c}'s military expenditure reached ${n} ${u}.`),
  fc.tuple(pick(COUNTRY_WORDS), numeral, year).map(([c, n, y]) => `${c}'s military spending was ${n}% of GDP in ${y}, up ${n} percent.`),
  fc.tuple(pick(COUNTRY_WORDS), numeral, pick(COUNTRY_WORDS)).map(([a, n, b]) => `${a} spent ${n} times that of ${b} on its military.`),
  fc.tuple(pick(COUNTRY_WORDS), pick(CURRENCY), numeral, pick(COUNTRY_WORDS)).map(([a, cur, n, b]) => `${a} spent ${cur}${n} billion more than ${b}.`),
  fc.tuple(pick(COUNTRY_WORDS), pick(['', ...QUALIFIERS.slice(0, 8)]), numeral, pick(SUBJECTS)).map(([c, q, n, s]) => `${c} deployed ${q} ${n} ${s}.`),
  fc.tuple(pick(EVENT_NAMES), numeral, pick(['days', 'weeks', 'months', 'years'])).map(([e, n, u]) => `The ${e} lasted ${n} ${u}.`),
  fc.tuple(pick(EVENT_NAMES), pick(DATES), pick(MONTHS), fc.integer({ min: 1, max: 31 }), year).map(([e, d, m, day, y]) => `The ${e} began on ${m} ${day}, ${y} and ended ${d}.`),
  fc.tuple(numeral, pick(SUBJECTS), pick(['villages', 'towns', 'settlements', 'cities']), pick(COUNTRY_WORDS)).map(([n, s, p, c]) => `${n} ${s} took ${n} ${p} from ${c}.`),
);

/** Paragraphs of claim-shaped sentences and soup. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: claimSentence }, { weight: 1, arbitrary: soup }), fc.constantFrom(' ', ' ', '\n\n', '\n')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

/** Prose, optionally wrapped as a Markdown or HTML document, with the file name that tells which. */
export const article: fc.Arbitrary<{ text: string; name: string | undefined }> = fc.oneof(
  fc.record({ text: prose, name: fc.constantFrom('a.txt', undefined) }),
  fc.tuple(soup, prose, soup).map(([a, b, c]) => ({ text: `# ${a}\n\n${b}\n\n- ${c}\n`, name: 'a.md' })),
  fc.tuple(soup, prose, prose).map(([a, b, c]) => ({ text: `<!DOCTYPE html><html><head><title>${a}</title></head><body><article><p>${b}</p><p>${c}</p></article></body></html>`, name: 'a.html' })),
);

/**
 * Bytes as uploads arrive: UTF-8 (with or without a BOM), UTF-16 LE/BE with a BOM, or damaged.
 * `text` is what the bytes decode to when they are intact, null when damaged.
 */
export function encodings(text: string): fc.Arbitrary<{ bytes: Uint8Array; text: string | null }> {
  const utf8 = new TextEncoder().encode(text);
  // TextEncoder writes a lone surrogate as U+FFFD; a leading BOM is the encoding's, not the text's.
  const decoded = new TextDecoder().decode(utf8);
  const utf16 = (le: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = le ? 0xff : 0xfe;
    out[1] = le ? 0xfe : 0xff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2 + (le ? 0 : 1)] = c & 0xff;
      out[2 + i * 2 + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant({ bytes: utf8, text: decoded }) },
    { weight: 1, arbitrary: fc.constant({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), text: new TextDecoder().decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])) }) },
    { weight: 1, arbitrary: fc.boolean().map((le) => ({ bytes: utf16(le), text: null })) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((edits) => {
        const out = Uint8Array.from(utf8);
        for (const [at, b] of edits) if (out.length) out[at % out.length] = b;
        return { bytes: out, text: null };
      }),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Reference rows

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD, as the IsoDate schema allows (which includes "2021-02-31"). */
export const isoDate: fc.Arbitrary<string> = fc
  .record({ y: fc.integer({ min: 1985, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }), p: fc.constantFrom('year', 'month', 'day', 'day') })
  .map(({ y, m, d, p }) => (p === 'year' ? String(y) : p === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));

const orderedDates: fc.Arbitrary<[string, string]> = fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-_][a-z0-9]{1,6}){0,2}$/);

const ENTITY_IDS = vocabulary.entities.map((e) => e.id);
const MEASURE_IDS = [...vocabulary.measures.map((m) => m.id), 'exchange_rate', 'soldiers_killed_ratio', 'military_expenditure_ratio'];
const EVENT_IDS = vocabulary.events.map((e) => e.id);
const CURRENCY_IDS = ['amd', 'azn', 'eur', 'gbp', 'rub', 'try', 'irr'];

/** Values near the figures articles state, and the extremes a table should never hold but may. */
export const factValue: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 2, 3, 5, 44, 100, 795, 1_960, 2_000, 2_437, 2_783, 2_906, 3_773, 5_000, 1e6, 3.1e9, 3_561e6, 1_330e6, 4.6, 60, 0.5),
  fc.integer({ min: -10, max: 100_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 1e-300, Number.MAX_SAFE_INTEGER),
);

const FACT_UNITS = ['person', 'people', 'soldier', 'USD', '%', 'pp', 'km', 'mile', 'day', 'week', 'month', 'year', 'century', 'ratio', 'times', 'date', 'vehicle', 'settlement', 'AMD', 'AZN', 'EUR'];

/** Lone surrogates as U+FFFD, as a URL (or UTF-8) can only hold them. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A URL the FactSource schema accepts (http or https), with hostile paths and queries. */
export const httpUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('http', 'https'), fc.constantFrom(...HOSTILE).map((h) => encodeURIComponent(wellFormed(h)))).map(([s, h]) => `${s}://example.org/${h}?q=${h}`),
  fc.constantFrom('https://example.org/a"b\'c<d>e', 'http://example.org/(x)[y]|z', 'https://user:pass@example.org:8443/path?a=1&b=<2>#frag', 'https://xn--80ak6aa92e.com/', 'http://127.0.0.1/'),
);

export const factSource = fc.record(
  {
    organisation: hostileNonEmpty,
    title: hostileNonEmpty,
    url: httpUrl,
    published: isoDate,
    retrieved: isoDate,
  },
  { requiredKeys: ['organisation', 'title', 'url', 'retrieved'] },
);

type Amount = Pick<ReferenceFact, 'value' | 'low' | 'high' | 'date' | 'unit'>;

const amount: fc.Arbitrary<Amount> = fc.oneof(
  fc.record({ value: factValue, unit: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FACT_UNITS) }, { weight: 1, arbitrary: hostileNonEmpty }) }),
  fc.record({ range: fc.tuple(factValue, factValue), unit: fc.constantFrom(...FACT_UNITS) }).map(({ range: [a, b], unit }) => ({ low: Math.min(a, b), high: Math.max(a, b), unit })),
  fc.record({ dates: orderedDates, precision: fc.constantFrom('year', 'month', 'day') as fc.Arbitrary<'year' | 'month' | 'day'>, single: fc.boolean() }).map(({ dates: [start, end], precision, single }) => ({
    date: single ? { start, precision } : { start, end, precision },
    unit: 'date',
  })),
);

/** A reference row valid by the schema, without its id: the caller numbers rows so that ids stay unique. */
export const factWithoutId = fc
  .record(
    {
      entities: fc.uniqueArray(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ENTITY_IDS, ...CURRENCY_IDS) }, { weight: 1, arbitrary: slug }), { minLength: 1, maxLength: 3 }),
      measure: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...MEASURE_IDS) }, { weight: 1, arbitrary: slug }),
      event: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EVENT_IDS) }, { weight: 1, arbitrary: slug }),
      period: orderedDates.map(([from, to]) => ({ from, to })),
      asOf: isoDate,
      amount,
      precision: fc.oneof(fc.constantFrom(0.1, 1, 10, 100, 1_000, 1e6), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
      source: factSource,
      side: fc.oneof(fc.constantFrom('azerbaijan-mod', 'armenia-health-ministry', 'independent'), hostileNonEmpty),
      notes: hostile,
    },
    { requiredKeys: ['entities', 'measure', 'amount', 'source'] },
  )
  .map(({ amount: a, ...rest }) => ({ ...rest, ...a }));


// ---------------------------------------------------------------------------------------------
// Claims documents and the tables they are judged against

/** Claims documents of generated articles; unreadable ones are the extractor's business, not the judge's. */
export const claimsDocument: fc.Arbitrary<ClaimsDocument> = fc
  .tuple(article, fc.option(isoDate.filter((d) => d.length === 10), { nil: undefined }))
  .map(([a, published]) => {
    try {
      return extractClaims(new TextEncoder().encode(a.text), { ...(a.name ? { name: a.name } : {}), ...(published ? { published } : {}) });
    } catch {
      return null;
    }
  })
  .filter((d): d is ClaimsDocument => d !== null);

type Row = Omit<ReferenceFact, 'id'>;

/**
 * A table aimed at a document: rows filed under the keys its claims look up, with values near
 * the figures it states and in their units, beside unrelated rows. Random rows alone almost
 * never meet a claim, and would test only the "no fact" path.
 */
function tableFor(doc: ClaimsDocument): fc.Arbitrary<ReferenceFact[]> {
  const keys = [...new Set(doc.claims.flatMap((c) => keysFor(c)))];
  const stated = doc.claims.flatMap((c) => [c.figure.value, c.figure.low, c.figure.high]).filter((n): n is number => n !== undefined);
  const units = [...new Set(doc.claims.map((c) => c.figure.unit).filter((u): u is string => Boolean(u) && u !== 'date'))];
  const near = stated.length
    ? fc.oneof(fc.tuple(fc.constantFrom(...stated), fc.constantFrom(1, 1, 0.5, 0.99, 1.01, 1.2, 2, 0, -1)).map(([v, k]) => (Number.isFinite(v * k) ? v * k : v)), factValue)
    : factValue;
  const aimed: fc.Arbitrary<Row> = keys.length
    ? fc
        .record({ key: fc.constantFrom(...keys), row: factWithoutId, value: near, spread: fc.constantFrom(0, 0.1, 1), unit: fc.constantFrom(...units, 'person', 'USD', '%', 'day', 'times'), shape: fc.constantFrom('value', 'value', 'range', 'as-is') })
        .map(({ key, row, value, spread, unit, shape }) => {
          const [, measure, by, id] = /^m=([^|]+)\|([ev])=(.+)$/.exec(key)!;
          const { value: _v, low: _l, high: _h, date: _d, unit: _u, ...rest } = row;
          const base: Row = { ...rest, measure: measure!, ...(by === 'e' ? { entities: [id!, ...row.entities.filter((e) => e !== id)].slice(0, 3) } : { event: id! }), unit: _u };
          if (measure === 'event_date' || shape === 'as-is') return { ...base, ...(_v !== undefined ? { value: _v } : {}), ...(_l !== undefined ? { low: _l, high: _h } : {}), ...(_d ? { date: _d } : {}), unit: _u };
          if (shape === 'range') {
            const other = Number.isFinite(value * (1 + spread)) ? value * (1 + spread) : value;
            return { ...base, low: Math.min(value, other), high: Math.max(value, other), unit };
          }
          return { ...base, value, unit };
        })
    : factWithoutId;
  return fc
    .tuple(fc.array(aimed, { maxLength: 30 }), fc.array(factWithoutId, { maxLength: 10 }))
    .map(([a, b]) => [...a, ...b].map((row, i) => ({ id: `fuzz-${i}`, ...row }) as ReferenceFact));
}

/** A claims document and a table aimed at it. */
export const documentAndTable: fc.Arbitrary<[ClaimsDocument, ReferenceFact[]]> = claimsDocument.chain((doc) => fc.tuple(fc.constant(doc), tableFor(doc)));
