import type { DatePrecision, Figure, FigureKind, Qualifier } from './figure.ts';
import { NUMBER_WORD, SCALES, parseDigits, parseWords, type ParsedNumber } from './numbers.ts';
import { extractionWork } from './work.ts';
import { IRREGULAR_PASTS } from './verbs.ts';
import { lastDayOf } from '../calendar.ts';
import { TooManyClaimsError } from '../claims/limits.ts';
import { MONTH_RE, WEEKDAY_RE, YEAR_PART_BEFORE, insideName, matchDate, matchRelative, matchYear, type ArticleDate, type Published } from './dates.ts';
import type { Sentence } from '../split/segment.ts';
import { defaultVocabulary, type CompiledVocabulary, type CurrencyWords } from '../vocabulary/vocabulary.ts';
import { ENTITY_KINDS } from '../vocabulary/kinds.ts';

/**
 * The figure grammar: one pass over the text, anchored on digits, number words, month and
 * weekday names and a few ratio and relative-date words; each anchor is tried against
 * sticky (position-anchored) patterns, so the work is linear in the text's length.
 * Why a grammar of our own and not a general recogniser: docs/adr/0003-figure-extraction.md.
 */

export interface FoundFigure {
  /** Offsets into the readable text, the qualifier and counted noun included. */
  start: number;
  end: number;
  sentence: number;
  figure: Figure;
  /** The counted noun, singular ("worker"), when the figure counts something. */
  noun?: string;
  confidence: number;
}

export interface ExtractOptions {
  published?: Published;
  /** Spans that are metadata (date lines, bylines): never claims. */
  skip?: ReadonlyArray<{ start: number; end: number }>;
  /** text.toLowerCase(), when the caller has it already. */
  lower?: string;
  /** Stop with TooManyClaimsError past this many figures (the article's cap on claims). */
  maxFigures?: number;
  /** The beat's words: its currencies, the modifiers and plurals of counted nouns. The shipped one when absent. */
  vocabulary?: CompiledVocabulary;
  /** The article's last stated date before a sentence, where the sentences read are not the whole text (a second pass). */
  articleDateAt?: (sentence: number) => ArticleDate | undefined;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const ORDINAL_RE = Object.keys(ORDINALS).join('|');
const ORDINAL_OF = new Map(Object.entries(ORDINALS));

const ANCHOR_WORDS = String.raw`\b(?:${NUMBER_WORD}|a\s+(?:hundred|thousand|million|dozen)|several(?=\s+(?:hundred|thousand|million|billion|dozen|years?|months?|weeks?|days?|decades?)\b)|a\s+few(?=\s+(?:hundred|thousand|million|billion|dozen|years?|months?|weeks?|days?|decades?)\b)|a\s+couple\s+of(?=\s+(?:hundred|thousand|million|dozen)\b)|dozens|hundreds|thousands|millions|tens|half|twice|doubled|tripled|halved|double|doubling|triple|tripling|thirds?|quarters?|${ORDINAL_RE}|century|decade|year|month|fortnight|week|day|hour|(?<=(?:next|following|previous|preceding)\s+)(?:morning|afternoon|evening|night)|${MONTH_RE.toLowerCase()}|${WEEKDAY_RE.toLowerCase()}|(?:last|this|next)(?=\s+(?:year|month|week|spring|summer|autumn)\b)|last(?=\s+night\b)|yesterday|tomorrow|tonight|(?:earlier|later)(?=\s+this\s+(?:year|month)\b))\b`;

/**
 * What extraction reads of a beat's vocabulary, compiled once per vocabulary: anchors are found
 * on the lower-cased text with a case-sensitive pattern (much faster than a case-insensitive
 * one); the rules then read the original text.
 */
interface Lexicon {
  anchorLower: RegExp;
  anchorAnyCase: RegExp;
  currencies: CurrencyWords;
  /** The last character of each currency symbol that is no letter or digit ("$" of "US$"): an anchor. */
  symbolEnds: Set<string>;
  modifiers: ReadonlySet<string>;
  plurals: ReadonlySet<string>;
  /** The nouns of the vocabulary's kinds of event, lower case: "the 2011 floods" names floods, it counts none. */
  eventNouns: ReadonlySet<string>;
}

const lexicons = new WeakMap<CompiledVocabulary, Lexicon>();

/** A noun of a kind of event right after a number, in one word or two ("floods", "spring fairs"). */
function eventNounAfter(ctx: Context, end: number): boolean {
  if (ctx.lexicon.eventNouns.size === 0) return false;
  const m = /^\s+([a-z]+)(?:[\s-]+([a-z]+))?/.exec(ctx.text.slice(end, end + 40));
  if (!m) return false;
  const one = m[1]!;
  const nouns = ctx.lexicon.eventNouns;
  return nouns.has(one) || nouns.has(singular(one)) || (!!m[2] && (nouns.has(`${one} ${m[2]}`) || nouns.has(`${one} ${singular(m[2])}`)));
}

function lexiconOf(v: CompiledVocabulary): Lexicon {
  let lex = lexicons.get(v);
  if (!lex) {
    const ends = new Set([...v.currencies.bySymbol.keys()].map((s) => s[s.length - 1]!).filter((c) => !/[\p{L}\p{N}]/u.test(c)));
    const cls = [...ends].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('');
    const source = `\\d|${cls ? `[${cls}]|` : ''}${ANCHOR_WORDS}`;
    lex = { anchorLower: new RegExp(source, 'g'), anchorAnyCase: new RegExp(source, 'gi'), currencies: v.currencies, symbolEnds: ends, modifiers: v.modifiers, plurals: v.plurals, eventNouns: new Set(v.kindOfWord.keys()) };
    lexicons.set(v, lex);
  }
  return lex;
}
// (A headline's "100 Million Millers", "12 Percent": the whole words in any case; "m", "bn"
// and "k" only as written.)
const SCALE_AFTER = /(?:\s?((?:[Bb]illion|[Mm]illion|[Tt]housand|[Tt]rillion|BILLION|MILLION|THOUSAND|TRILLION)|bn|mln|mn|tn)\b|(m|bn|b|k)\b)/y;
const PERCENT_AFTER = /\s?(%|[Pp]ercent\b|PERCENT\b|[Pp]er [Cc]ent\b|[Pp]ercentage [Pp]oints?\b)/y;
const TIMES_AFTER = /\s+times\b/y;
// (Any case: a headline's "12-Month Revisions", "The 44-Day Fair".)
const DURATION_AFTER = /(?:\s+|-)(day|week|month|year|decade|centur(?:y|ies)|hour|minute)(s?)(?:-long|-old)?(?![\w])/iy;
const MEASURE_AFTER = /(?:\s|-)?(km²|km2|sq\.? km|square kilomet(?:er|re)s?|square miles?|kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|hectares?|acres?|(?:metric\s+)?(?:tonnes?|tons?)|MMT|mmt|[MG]t|(?:kilo|mega|giga)tonnes?|kg|kilograms?|[kMGT]W(?:h)?|(?:kilo|mega|giga|tera)watt(?:s?[\s-]hours?|s)?)(?![\w])/y;
const MEASURE_UNIT: Record<string, string> = {
  km: 'km', kilometer: 'km', kilometre: 'km', kilometers: 'km', kilometres: 'km', mile: 'mi', miles: 'mi', meter: 'm',
  metre: 'm', meters: 'm', metres: 'm', hectare: 'ha', hectares: 'ha', acre: 'acre', acres: 'acre', tonne: 't', tonnes: 't', ton: 't', tons: 't',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', 'km²': 'km2', km2: 'km2', 'sq km': 'km2', 'sq. km': 'km2',
  'square kilometers': 'km2', 'square kilometres': 'km2', 'square kilometer': 'km2', 'square kilometre': 'km2',
  'square mile': 'mi2', 'square miles': 'mi2',
  // Tonnes by the million or the billion ("649 Mt", "1.2 gigatonnes"): tonnes, scaled (TONNE_SCALE).
  // ("11.1 mmt": million metric tons.)
  mmt: 't', mt: 't', gt: 't', kilotonne: 't', kilotonnes: 't', megatonne: 't', megatonnes: 't', gigatonne: 't', gigatonnes: 't',
  // Power and energy: SI units, as written ("16.2 GW", "431.5 TWh").
  kw: 'kW', mw: 'MW', gw: 'GW', tw: 'TW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh',
  kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW', terawatt: 'TW', terawatts: 'TW',
  'kilowatt-hour': 'kWh', 'kilowatt-hours': 'kWh', 'megawatt-hour': 'MWh', 'megawatt-hours': 'MWh', 'gigawatt-hour': 'GWh', 'gigawatt-hours': 'GWh', 'terawatt-hour': 'TWh', 'terawatt-hours': 'TWh',
};
/** A unit's key in MEASURE_UNIT: "Kilowatt hours" and "kilowatts-hour" as "kilowatt-hours". */
// ("Metric tons" are tonnes.)
const unitKey = (unit: string) => unit.toLowerCase().replace(/s?[\s-]+hour(s?)$/, '-hour$1').replace(/^metric\s+/, '');
const TONNE_SCALE: Record<string, number> = { mmt: 1e6, mt: 1e6, gt: 1e9, kilotonne: 1e3, kilotonnes: 1e3, megatonne: 1e6, megatonnes: 1e6, gigatonne: 1e9, gigatonnes: 1e9 };
/** "a six-state platform", "a 2,000-strong force", "threefold", "20-odd": a number joined to a word. */
const HYPHEN_WORD = /-([a-z]{3,})(?![\w-])/y;
const RANGE_AFTER = /\s*(-|to|and)\s*(?=[\d$€£])/y;
const PLUS_AFTER = /(?:-plus|\+)(?![\w])/y;
const SUFFIX_QUALIFIER = /\s*,?\s*(or more|or so|or less|or fewer)\b/y;
const IN_RATIO = /\s+in\s+(every\s+)?/y;
/**
 * A noun after "a third": "a third term", "a third straight year"; not "of", a verb or the end of
 * the clause, nor a kind of entity ("a third party", "a third state"), which means another one,
 * not a rank.
 */
const A_THIRD_NOUN = /^\s+(?!(?:of|did|do|does|was|were|is|are|had|has|have|will|would|could|said|and|or|but|more|less|in|by|from|to|last|this|on|at|since|after|before|then|now)\b)(?:[a-z]+\s+)?[a-z]+/;
const KIND_WORDS = new Set([...ENTITY_KINDS, 'state', 'nation', 'power'].flatMap((k) => [k, k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`]));
/** Whether "a third" at `end` is followed by the noun of a rank. */
function thirdOfRank(text: string, end: number): boolean {
  const m = A_THIRD_NOUN.exec(text.slice(end, end + 24));
  return !!m && !KIND_WORDS.has(m[0].trim().split(/\s+/)[0]!);
}
const FRACTION_AFTER = /[\s-](thirds?|quarters?|fifths?|tenths?)(?:\s+of)?\b/y;

/** A verb of moving before "up to", its object between at most: "edged", "ticked", "rose", "nudged it", "revised the figure". */
const MOVED_UP_BEFORE = /\b(?:edged|edges|edging|ticked|ticks|ticking|moved|moves|crept|creeps|inched|inches|went|goes|climbed|climbs|rose|rises|jumped|jumps|shot|shoots|revised|marked|pushed|nudged|crawled|came|comes|stepped)(?:\s+(?:it|them|(?:the|its|their|that)\s+[a-z]+))?\s*$/i;
const QUALIFIER_BEFORE = /(?:^|[^\w])(at least|at or above|at or over|at or below|at or under|no fewer than|no less than|not less than|a minimum of|more than|over|above|upwards of|in excess of|exceeding|just over|(?:passed|passes|passing|surpassed|surpasses|surpassing|topped|tops|topping|exceeded|exceeds|cleared|clears|clearing|crossed|crosses|crossing|(?<=\b(?:to|will|would|could|should|may|might|can|cannot)\s)(?:clear|cross|pass|top|exceed|surpass))(?:\s+the)?|towards|toward|nearing|approaching|at most|up to|no more than|not more than|(?:not|never) (?:top|exceed|surpass|pass)(?:\s+the)?|a maximum of|fewer than|less than|under|below|nearly|almost|close to|just under|just shy of|approximately|approx\.?|about|around|roughly|some|circa|ca\.|an estimated|estimated|~)\s*$/i;
const QUALIFIER_OF: Record<string, Qualifier> = {
  'at least': 'at_least', 'at or above': 'at_least', 'at or over': 'at_least', 'at or below': 'at_most', 'at or under': 'at_most', 'no fewer than': 'at_least', 'no less than': 'at_least', 'not less than': 'at_least', 'a minimum of': 'at_least',
  'more than': 'more_than', over: 'more_than', above: 'more_than', 'upwards of': 'more_than', 'in excess of': 'more_than', exceeding: 'more_than', 'just over': 'more_than',
  // "the fleet passed 100 GW", "topped the 40% mark": a level gone beyond.
  // ("expected to clear 2%", "will cross 100 GW": the bare verb only after "to" or a modal; "a
  // clear 52%" is an adjective.)
  ...Object.fromEntries(['passed', 'passes', 'passing', 'surpassed', 'surpasses', 'surpassing', 'topped', 'tops', 'topping', 'exceeded', 'exceeds', 'cleared', 'clears', 'clearing', 'crossed', 'crosses', 'crossing', 'clear', 'cross', 'pass', 'top', 'exceed', 'surpass'].flatMap((w) => [[w, 'more_than'], [`${w} the`, 'more_than']])),
  // "edging towards 50%", "nearing half": a level approached from below.
  towards: 'nearly', toward: 'nearly', nearing: 'nearly', approaching: 'nearly',
  'at most': 'at_most', 'up to': 'at_most', 'no more than': 'at_most', 'not more than': 'at_most',
  // "will not top 6%", "may never exceed 900": a level denied beyond, so a ceiling.
  ...Object.fromEntries(['not', 'never'].flatMap((n) => ['top', 'exceed', 'surpass', 'pass'].flatMap((w) => [[`${n} ${w}`, 'at_most'], [`${n} ${w} the`, 'at_most']]))), 'a maximum of': 'at_most',
  'fewer than': 'less_than', 'less than': 'less_than', under: 'less_than', below: 'less_than',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just shy of': 'nearly',
  approximately: 'approximately', approx: 'approximately', 'approx.': 'approximately', about: 'approximately', around: 'approximately',
  roughly: 'approximately', some: 'approximately', circa: 'approximately', 'ca.': 'approximately', 'an estimated': 'approximately',
  estimated: 'approximately', '~': 'approximately',
};
const SUFFIX_OF: Record<string, Qualifier> = { 'or more': 'at_least', 'or so': 'approximately', 'or less': 'at_most', 'or fewer': 'at_most' };

/**
 * Common English words before a counted noun that describe it ("300 additional workers", "12
 * new members"); a beat adds its own as the vocabulary's modifiers ("2,000 seasonal pickers").
 */
const ADJECTIVES = new Set([
  'additional', 'more', 'other', 'new', 'regular', 'special', 'elite', 'active', 'former', 'retired',
  'young', 'local', 'foreign', 'ethnic', 'unarmed', 'innocent', 'wounded', 'injured', 'dead', 'missing',
  'regional', 'major', 'small', 'large', 'big', 'key', 'separate', 'full-time', 'part-time', 'permanent', 'temporary',
  'mostly', 'mainly', 'total', 'estimated', 'civilian', 'heavy', 'light', 'fellow', 'ordinary',
]);
/** Adjectives that stand for the people they describe right after a number: "74 dead". */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set(['dead', 'wounded', 'injured', 'missing']);
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those']);
/** Copulas a counted noun phrase may follow: "12 were farmers". */
const COPULAS = new Set(['were', 'are']);
/** Words that end the search for a counted noun. */
const STOP = new Set([
  'in', 'on', 'at', 'to', 'of', 'and', 'or', 'the', 'a', 'an', 'is', 'was', 'were', 'are', 'have', 'has', 'had', 'been',
  'be', 'will', 'would', 'per', 'from', 'by', 'with', 'for', 'that', 'which', 'who', 'as', 'than', 'but', 'since',
  'after', 'before', 'during', 'into', 'across', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'it', 'they',
  'he', 'she', 'we', 'you', 'not', 'no', 'also', 'only', 'just', 'then', 'when', 'where', 'while', 'if',
]);
/** English plurals without -s; a beat adds its own as the vocabulary's plurals. Compounds of "-men" are plurals too ("servicemen"). */
const PLURAL_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'personnel', 'police', 'staff', 'cattle', 'livestock']);
/** Singular nouns in -men: "specimen" is one. */
const SINGULAR_MEN = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'stamen', 'hymen', 'omen', 'amen']);
const isPluralWithoutS = (word: string, lex: Lexicon) => PLURAL_WITHOUT_S.has(word) || lex.plurals.has(word) || (word.length > 5 && word.endsWith('men') && !SINGULAR_MEN.has(word));
const NOT_NOUNS = new Set(['was', 'has', 'is', 'its', 'this', 'thus', 'his', 'us', 'as', 'yes', 'less', 'unless', 'across', 'whereas', 'perhaps', 'always', 'towards', 'afterwards']);
/**
 * Nouns whose singular ends in -s: Latin -us ("census", "bonus", "virus", "status") and Greek
 * -sis ("crisis", "analysis"). "The 2011 census" is a year and its census, not 2011 of them.
 * (A few plurals of nouns in -u end so too.)
 */
const SINGULAR_IN_S = /(?:[^aeiou]us|sis)$/;
const PLURAL_IN_US = new Set(['menus', 'gurus', 'emus', 'gnus', 'tutus', 'haikus']);
const endsAsPlural = (w: string) => w.endsWith('s') && !w.endsWith('ss') && !NOT_NOUNS.has(w) && (!SINGULAR_IN_S.test(w) || PLURAL_IN_US.has(w));
const ANAPHORA_BEFORE = /\b(?:the|these|those|its|their|our|his|her|both|all|of the|other)\s+$/i;
const URLISH = /(?:[a-z]+:\/\/|www\.|@)/i;
const PHONE = /(\+\d{1,3}[\s.-]?)?(\(\d{1,4}\)[\s.-]?)?\d{2,4}((?:[\s.-]\d{2,4})+)(?!\d)/y;
const THOUSANDS_ONLY = /^\d{1,3}(?:[ ,.]\d{3})+$/;
/** A tally's pairs beside a name and its number: ", Reds 99", "Blues 66, " before "Greens 385". */
// (A name may take "the" in a tally: "Labour 411, the Conservatives 121, the Liberal Democrats 72".)
const TALLY_NEXT = /^\s*[,;]\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}\d/;
const TALLY_BEFORE = /(?:^|[\s:])(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}\d+\s*[,;]\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,2}(?:[A-Z][a-z]+|[A-Z][A-Z&]{1,5})\s$/;
/**
 * A name after a verb's count and "and", its own verb left out: "the Greens won 411 and the
 * Reds 121", "took 240, and the Guild 99", "the Greens hold 411 seats and the Reds 72". (Not a
 * second name of the same kind: "Flight 17 and Flight 752" repeats its word.)
 */
const GAPPED_BEFORE = /\b(?:won|wins|win|took|takes|got|gets|gained|gains|secured|secures|had|has|have|holds|held|hold|keeps|kept|lost|loses|scored|scores|added|adds|cut|shed|sheds|spent|spends|received|receives|polled|polls|took home|returned|returns|sent|sends)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more than|fewer than|less than)\s+)?\d[\d,.]*%?(?:\s+[a-z]+)?(?:\s*,?\s+(?:and|while|with|but)\s+|\s*,\s+)(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,2}(?:[A-Z][a-z]+|[A-Z][A-Z&]{1,5})\s$/;
/** A capitalised label of a part of a document, right before its number. */
export const DOCUMENT_PART_BEFORE = /(?:^|[^\p{L}])(?:No\.|Nos\.|Page|Pages|Chapter|Section|Table|Figure|Fig\.|Note|Notes|Question|Questions|Episode|Season|Series|Issue|Vol\.|Volume|Paragraph|Clause|Annex|Appendix|Item|Part|Column|Article|Story|paragraph|paragraphs|question|questions|section|chapter|page|pages|slide|slides|item|annex|appendix|clause|Slide|Slides|STORY|SLIDE|ITEM|PAGE|PART|SECTION|CHAPTER|QUESTION|EPISODE|NOTE|TABLE|CASE)\s*$/u;
/** Words without which DOCUMENT_PART_BEFORE cannot match, in any case: a cheap test first, as most numbers follow none (tests/extract/gates.test.ts). */
export const DOCUMENT_PART_GATE = /(?:no|nos|pages?|chapter|section|table|fig(?:ure)?|notes?|questions?|episode|season|series|issue|vol|volume|paragraphs?|clause|annex|appendix|item|part|column|article|story|slides?|case)\.?\s*$/i;
// ("10:04", "10 am", and "10.04 am" as a printed record writes it.)
// ("1030 GMT" as a wire writes it: four digits and a time zone.)
const TIME_OF_DAY = /\d{1,2}(?::\d{2}(?::\d{2})?(?!\d)|(?:\.\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w])|[0-5]\d\s(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|PDT|IST|JST)\b)/iy;
/** An age that defines a group ("aged 65 and over", "children under 15"): a definition, not a claim. */
const AGE_BEFORE = /\b(?:aged|ages|age of|aged between|under the age of|over the age of|(?:children|adults|people|those|voters|residents|men|women|girls|boys|pupils)\s+(?:under|over|above|below|older than|younger than))\s+$/i;
/** "aged" after a word that names no group: one person's age. */
const PERSON_AGED_BEFORE = /(?:^|[^\p{L}])(?!(?:people|children|adults|men|women|those|[a-z]+s)\s)[\p{L}'’-]+,?\s+aged\s+$/iu;
/** A range or a bound after an age: "18 to 24", "65 and over", "16-17". */
const AGE_RANGE_AFTER = /^\d{1,3}\s*(?:(?:and|or)\s+(?:over|above|under|older|younger|more|less|up)|(?:to|-|–|and|or)\s*\d|\+)/i;
/** A latitude or a longitude, in degrees, minutes and seconds or decimal degrees, and its pair. */
const COORDINATE = String.raw`\d{1,3}(?:\.\d+)?°\s*(?:\d{1,2}(?:\.\d+)?[′']\s*)?(?:\d{1,2}(?:\.\d+)?[″"]\s*)?[NSEW]\b`;
const COORDINATES = new RegExp(String.raw`${COORDINATE}(?:[,;\s]+${COORDINATE})?`, 'y');
/** Capitalised words that start sentences rather than names ("In 2020", "Some 300"). */
const SENTENCE_WORDS = /^(?:In|On|By|Of|To|At|For|Since|From|Until|During|About|Over|Some|Nearly|Almost|Around|Roughly|Approximately|Only|Just|With|And|But|After|Before|Between|Under|Up|More|Less|Fewer|Than|All|Until|Till|Through|Of|Were|Was|Are|Is|Exactly|Precisely|Perhaps|Another)$/;
const NAME_PREFIX_OK = /^(?:mid|early|late|pre|post)$/i;

interface Context {
  text: string;
  sentence: Sentence;
  lexicon: Lexicon;
  published?: Published;
  /** Set when a rule recognised a non-figure (a phone number, a time) to skip as a whole. */
  skipTo?: number;
  /** Whether the sentence speaks of the future (a month-day after publication stays in its year): read when a date needs it. */
  future: SentenceFuture;
  /** The noun of the last count found before this point in the sentence, for a number that leaves it out. */
  counted?: string | undefined;
  /** The noun of the last count of the sentence before, in the same paragraph, where this one has none yet. */
  countedBefore?: string | undefined;
  /** The year of the last date found before this point in the sentence that states its year. */
  statedYear?: number | undefined;
  /** The month and year of the last date found before this point in the article that states its year. */
  articleDate?: ArticleDate | undefined;
}

const FUTURE = /\b(?:will|shall|is to|are to|scheduled|planned|plans|upcoming|expected to|due to|is set to|are set to|must|has to|have to|needs to|need to|is due|are due|deadline)\b/i;
const FUTURE_LOWER = new RegExp(FUTURE.source);
/** A modal or a word of schedule in a clause (lower case: "May" the month is no modal). */
const MODAL_OR_SCHEDULE = /\b(?:could|might|may|should|would|will|shall|about to|expected|due|set to|scheduled|going to)\b/g;
/** A past tense: any word in -ed, an irregular past, an auxiliary's past, or a word of time gone by. */
const PAST = new RegExp(`\\b(?:[a-z]{3,}ed|${[...IRREGULAR_PASTS, 'was', 'were', 'had', 'did', 'said', 'saw', 'told', 'got', 'became', 'ago', 'last', 'earlier', 'previous'].join('|')})\\b`, 'i');

/**
 * Whether a sentence speaks of the future, read once for it and only when a date without its
 * year asks: most sentences never need it. An object, not a closure: a closure over the text,
 * the only one of its kind in a process that reads one big article, let the optimised code keep
 * the lower-cased text alive after extraction (docs/adr/0006-memory-budget.md).
 */
class SentenceFuture {
  private known = false;
  private answer = false;
  constructor(
    private readonly text: string,
    private readonly lower: string | null,
    private readonly sentence: Sentence | undefined,
  ) {}

  /**
   * Whether no verb of the clause around a position is in the past tense: "Leaders meet in The
   * Hague on 24 and 25 June" speaks of a meeting to come. Any word in -ed counts as past: when
   * unsure, past. Asked only of a day without its year that would fall after publication.
   */
  unmarkedAt(pos: number): boolean {
    const clause = this.clauseAt(pos);
    return !!clause && !PAST.test(clause.text);
  }

  /** The clause around a position: from the comma, semicolon or colon before it to the next one. */
  private clauseAt(pos: number): { from: number; text: string } | null {
    const s = this.sentence;
    if (!s) return null;
    const before = this.text.slice(s.start, pos);
    const from = s.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), -1) + 1;
    const rest = /[,;:]/.exec(this.text.slice(pos, s.end));
    return { from, text: this.text.slice(from, rest ? pos + rest.index : s.end) };
  }

  /**
   * Whether a date without its year at `pos` reads as one to come although no word of the
   * sentence says "will": its clause has no verb in the past and either a modal or a word of
   * schedule ("could be back as early as Friday", "is expected in March"), or, unless `marked`
   * is asked for, stands in a sentence with no past at all and holds no figure the date could be
   * the period of ("Leaders meet in Valdonia in June", "With the guild voting on Sunday").
   */
  aheadAt(pos: number, marked = false): boolean {
    const around = this.clauseAt(pos);
    if (!around) return false;
    const { from, text: clause } = around;
    // A modal or a word of schedule before the date, no verb in the past between them ("the
    // revised count will be out in March"). After the date, it is another time's: in "In March
    // the board forecast that 20 clubs would …" the month is when the forecast was made.
    let modal = -1;
    for (const m of this.text.slice(from, pos).matchAll(MODAL_OR_SCHEDULE)) modal = from + m.index + m[0].length;
    if (modal >= 0 && !PAST.test(this.text.slice(modal, pos))) return true;
    if (PAST.test(clause)) return false;
    // (A clause of a few words is a heading or a label, no sentence about the future: "Early August".)
    return !marked && !/\d/.test(clause) && !this.past() && (clause.match(/[A-Za-z]+/g)?.length ?? 0) >= 5;
  }

  /** Whether a verb of the sentence is in the past tense. */
  past(): boolean {
    const s = this.sentence;
    return !!s && PAST.test(this.text.slice(s.start, s.end));
  }

  get value(): boolean {
    if (!this.known) {
      this.known = true;
      const s = this.sentence;
      this.answer = !!s && (this.lower !== null ? FUTURE_LOWER.test(this.lower.slice(s.start, s.end)) : FUTURE.test(this.text.slice(s.start, s.end)));
    }
    return this.answer;
  }
}

/** Every figure in the text, in order, each inside one sentence. */
export function extractFigures(text: string, sentences: readonly Sentence[], options: ExtractOptions = {}): FoundFigure[] {
  const out: FoundFigure[] = [];
  const skip = [...(options.skip ?? [])].sort((a, b) => a.start - b.start);
  const lower = options.lower ?? text.toLowerCase();
  const folded = lower.length === text.length;
  const lexicon = lexiconOf(options.vocabulary ?? defaultVocabulary());
  const anchor = folded ? lexicon.anchorLower : lexicon.anchorAnyCase;
  const subject = folded ? lower : text;
  anchor.lastIndex = 0;
  let si = 0;
  let ki = 0;
  let futureOf = -1;
  let countedIn = -1;
  let counted: string | undefined;
  let countedBefore: string | undefined;
  let statedYear: number | undefined;
  let statedAt = 0;
  let statedBare = false;
  let articleDate: ArticleDate | undefined;
  let future = new SentenceFuture(text, folded ? lower : null, sentences[0]);
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(subject))) {
    const pos = m.index;
    extractionWork.anchors++;
    while (si < sentences.length && sentences[si]!.end <= pos) si++;
    if (si >= sentences.length) break;
    const sentence = sentences[si]!;
    if (pos < sentence.start) continue;
    while (ki < skip.length && skip[ki]!.end <= pos) ki++;
    if (ki < skip.length && skip[ki]!.start <= pos) {
      anchor.lastIndex = skip[ki]!.end;
      continue;
    }
    if (futureOf !== si) {
      futureOf = si;
      future = new SentenceFuture(text, folded ? lower : null, sentence);
    }
    if (countedIn !== si) {
      // ("30 clinics will open this year. Only seven managed it in 2022.")
      countedBefore = countedIn >= 0 && countedIn === si - 1 && sentences[countedIn]!.paragraph === sentence.paragraph ? counted : undefined;
      countedIn = si;
      counted = undefined;
      statedYear = undefined;
      if (options.articleDateAt) articleDate = options.articleDateAt(sentence.index);
    }
    // The year an earlier date of the sentence states, for a day or month without one after it:
    // not across a table's cell, nor, from a bare year, across a clause ("output in 2024,
    // according to the bulletin of 27 March": the year is the output's period, not the bulletin's;
    // "in 2023, the year in which the plant shut in April" sets it apart, and still states it;
    // so does a clause on the year itself: "the start of 2023, when the first count for January …").
    const between = statedYear === undefined ? '' : text.slice(statedAt, pos);
    const yearHere = statedYear !== undefined && !between.includes('|') && !(statedBare && /[,;(]|\baccording\b/.test(between) && !/^\s*,\s+(?:the year|when)\b/.test(between)) ? statedYear : undefined;
    const ctx: Context = { text, sentence, lexicon, future, published: options.published, skipTo: undefined, counted, countedBefore, statedYear: yearHere, articleDate };
    const found = partOfPeriod(ctx, agoDate(ctx, figureAt(ctx, pos, text.slice(pos, pos + m[0].length), folded ? m[0] : null)));
    if (found && found.end <= sentence.end && representable(found.figure)) {
      // Stopped where the cap is passed: the rest of a figure-dense upload is not read at all.
      if (options.maxFigures !== undefined && out.length >= options.maxFigures) {
        throw new TooManyClaimsError(`the article holds more than ${options.maxFigures.toLocaleString('en-US')} figures to check, the most one article may hold: split it into parts, or raise the limit`);
      }
      // (A part of a period joined to its date takes the place of what was read in its words:
      // "first" of "the first half of 2023", "last week" of "the last week of June".)
      while (out.length && out[out.length - 1]!.end > found.start && out[out.length - 1]!.start >= found.start) out.pop();
      out.push(found);
      if (found.figure.kind === 'count' && found.noun) counted = found.noun;
      else if (found.figure.date?.resolution === 'explicit' && /^\d{4}/.test(found.figure.date.start)) {
        // (A span's year is its end's, the last the text states: "the year to March 2024 … in
        // February" is February 2024.)
        statedYear = Number((found.figure.date.end ?? found.figure.date.start).slice(0, 4));
        statedAt = found.end;
        statedBare = found.figure.date.precision === 'year';
        articleDate = datedBy(found, sentence.paragraph) ?? articleDate;
      }
      anchor.lastIndex = Math.max(found.end, pos + 1);
    } else {
      // What a rule skipped (a phone number, a time) ends with its sentence: "1900" closing a
      // table row must not swallow the date that opens the next line.
      anchor.lastIndex = Math.max(tokenEnd(text, pos), Math.min(ctx.skipTo ?? 0, sentence.end));
    }
  }
  return out;
}

/**
 * "Two years ago today", "five years ago", "18 months ago": a span back from the publication
 * date is a date. "today" makes it that day, "this month" or "this week" that month; a span of
 * years names a year, of months a month.
 * A span of weeks or days with no "today" is left a span: which day it names is a guess.
 */
function agoDate(ctx: Context, found: FoundFigure | null): FoundFigure | null {
  if (!found || found.figure.kind !== 'duration' || found.figure.value === undefined || found.figure.qualifier !== 'exact') return found;
  const ago = /^\s+ago(\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))|\s+this\s+(?:week|month))?\b/i.exec(ctx.text.slice(found.end, found.end + 24));
  if (!ago) return found;
  const n = found.figure.value;
  const unit = found.figure.unit;
  // ("Four weeks ago tonight", "a year ago this morning": that day.)
  const today = /today|tonight|morning|afternoon|evening/i.test(ago[1] ?? '');
  const thisMonth = !!ago[1] && !today;
  // Heading its clause ("Five years ago the league had 14 clubs"), or "today": the clause's time. After
  // a noun ("the same phase five years ago") it is what the figure is compared with, a span.
  // (So does a verb in the past right before it: "how October looked a month ago", "the mills
  // shut two years ago": when that happened.)
  if (!today && !/(?:^|[;:—–]|\s-)[\s"'“‘(]*$/.test(ctx.text.slice(ctx.sentence.start, found.start)) && !PAST_VERB_BEFORE_SPAN.test(before(ctx, found.start, 40))) return found;
  const months = unit === 'year' ? 12 * n : unit === 'decade' ? 120 * n : unit === 'month' ? n : null;
  const days = unit === 'week' ? 7 * n : unit === 'day' ? n : null;
  if (months === null && !(today && days !== null)) return found;
  // ("Ten years ago this week": that month, ten years back.)
  const precision: DatePrecision = today ? 'day' : unit === 'month' || thisMonth ? 'month' : 'year';
  const end = found.end + ago[0].length;
  const p = ctx.published?.date;
  if (!p || (precision !== 'year' && p.length < 10)) return { ...found, end, figure: { kind: 'date', unit: 'date', qualifier: 'exact', text: ctx.text.slice(found.start, end), date: { start: precision === 'year' ? 'XXXX' : precision === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX', precision, resolution: 'unresolved' } } };
  const base = new Date(`${p.length >= 10 ? p.slice(0, 10) : `${p.slice(0, 4)}-06-30`}T00:00:00Z`);
  if (months !== null) base.setUTCMonth(base.getUTCMonth() - months);
  else base.setUTCDate(base.getUTCDate() - days!);
  const iso = base.toISOString().slice(0, 10);
  const start = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  return { ...found, end, figure: { kind: 'date', unit: 'date', qualifier: 'exact', text: ctx.text.slice(found.start, end), date: { start, precision, resolution: 'relative' } } };
}

/** A verb in the past, right before a span "ago". */
// (Its particle or a short object between: "gave way two years ago", "shut its doors a year ago".)
const PAST_VERB_BEFORE_SPAN = /\b(?:[a-z]{2,}ed|was|were|did|said|gave|came|went|took|made|began|stood|rose|fell|grew|met|won|lost|left|shut|cut|set|put|held|saw|told|spoke|wrote|ran)\s+(?:(?:its|their|his|her|the|a|up|down|way|out|off|in)\s+){0,2}(?:[a-z]+\s+)?$/i;

/** Before a year: "the first half of", "the second half of"; before a month: "the first week of", "the last day of". */
const HALF_OF = /\b(?:the\s+)?(first|second)\s+half\s+of\s+$/i;
const WEEK_OF = /\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
const LAST_DAY_OF = /\b(?:the\s+)?(?:last|final)\s+day\s+of\s+$/i;

/**
 * "the first half of next year", "the first week of August 2008", "the last day of September":
 * a part of the period the date names, the words before it joined to it.
 */
function partOfPeriod(ctx: Context, found: FoundFigure | null): FoundFigure | null {
  const d = found?.figure.kind === 'date' ? found.figure.date : undefined;
  if (!found || !d || d.end || !/^\d{4}(?:-\d{2})?$/.test(d.start)) return found;
  const lead = ctx.text.slice(Math.max(ctx.sentence.start, found.start - 30), found.start);
  const join = (m: RegExpExecArray, date: NonNullable<FoundFigure['figure']['date']>): FoundFigure => {
    const start = found.start - (lead.length - m.index);
    return { ...found, start, figure: { ...found.figure, text: ctx.text.slice(start, found.end), date } as FoundFigure['figure'] };
  };
  const year = d.start.slice(0, 4);
  if (d.precision === 'year') {
    const h = HALF_OF.exec(lead);
    if (h) return join(h, { start: `${year}-${h[1]!.toLowerCase() === 'first' ? '01' : '07'}`, end: `${year}-${h[1]!.toLowerCase() === 'first' ? '06' : '12'}`, precision: 'month', resolution: d.resolution });
    return found;
  }
  if (d.precision !== 'month') return found;
  const last = Number(lastDayOf(d.start).slice(8, 10));
  const day = (n: number) => `${d.start}-${String(n).padStart(2, '0')}`;
  const w = WEEK_OF.exec(lead);
  if (w) {
    const k = { first: 0, second: 1, third: 2, fourth: 3 }[w[1]!.toLowerCase() as 'first'];
    const from = k === undefined ? last - 6 : 1 + 7 * k;
    return join(w, { start: day(from), end: day(Math.min(last, from + 6)), precision: 'day', resolution: d.resolution });
  }
  const l = LAST_DAY_OF.exec(lead);
  if (l) return join(l, { start: day(last), precision: 'day', resolution: d.resolution });
  return found;
}

// "top" after "to", a modal or "not" is the verb ("expected to top 2.3%"), which bounds the
// figure after it; elsewhere it names a set by rank.
const RANKED_SET_BEFORE = /(?<!\b(?:to|will|would|could|should|may|might|can|cannot|not)\s+)\b(?:top|bottom)[\s-]$/i;
const RANKED_SET_AFTER = /^\s+(?:largest|biggest|smallest|richest|poorest|highest|lowest|heaviest|busiest|leading|(?:most|least)(?=\s))\b/i;
const YEAR_JOINED_BEFORE = /\b(?:1[5-9]\d\d|20\d\d)\s+(?:and|or|to|through)\s+$/;
/** A month closing a span, right after its length: " through March", " to June 2024". */
const SPAN_CLOSED_BY_MONTH = /^\s+(?:to|through|thru|ending|ended|up to)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const TIME_UNIT_NOUN = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?$/i;
/** A dash after a number, before the words that say what it counts. */
const DASH_LABEL_AFTER = /^\s+[—–-]\s|^[—–]\s*/;
/** The start of a sentence or of a list item ("1. ", "* "), right before a number. */
const LINE_HEAD_BEFORE = /^[ \t]*(?:(?:\d{1,2}[.)]|[*•·-])[ \t]+)?(?:[*_]{1,2})?$/;
/** A preposition of time right before a year-like number: "In 2024", "by 2030", "since 2011". */
const YEAR_TIME_BEFORE = /(?:^|[^\w-])(?:in|by|since|from|until|till|during|through|before|after)\s+$/i;

/** A number too large for a double ("1" and 400 zeros) reads as Infinity: no figure can be made of it. */
const representable = (f: Figure) => [f.value, f.low, f.high, f.precision].every((n) => n === undefined || Number.isFinite(n));

/**
 * The figures of a text read again with a publication date it did not have before: only the
 * sentences holding a date left unresolved are read again. The date resolves "last year" and
 * "July 28" and changes nothing else (no figure's extent depends on it), so the other
 * sentences' figures stand as they are; a whole second pass was a fifth of extraction on
 * articles that state no date.
 */
export function redateFigures(text: string, sentences: readonly Sentence[], figures: readonly FoundFigure[], options: ExtractOptions & { published: Published }): FoundFigure[] {
  const again = new Set<number>();
  for (const f of figures) if (f.figure.date?.resolution === 'unresolved') again.add(f.sentence);
  if (again.size === 0) return [...figures];
  // The article's last stated date before each sentence read again, as the whole pass had it:
  // a date that states its year reads the same with or without the publication date.
  const dated = new Map<number, ArticleDate | undefined>();
  let last: ArticleDate | undefined;
  let k0 = 0;
  for (const s of sentences) {
    for (; k0 < figures.length && figures[k0]!.sentence < s.index; k0++) last = datedBy(figures[k0]!, sentences[figures[k0]!.sentence]?.paragraph) ?? last;
    if (again.has(s.index)) dated.set(s.index, last);
  }
  const fresh = extractFigures(text, sentences.filter((s) => again.has(s.index)), { ...options, articleDateAt: (i) => dated.get(i) });
  const out: FoundFigure[] = [];
  let k = 0;
  for (const f of figures) {
    if (again.has(f.sentence)) continue;
    while (k < fresh.length && fresh[k]!.start < f.start) out.push(fresh[k++]!);
    out.push(f);
  }
  while (k < fresh.length) out.push(fresh[k++]!);
  return out;
}

/** The month and year a figure states, if it is a date that states its year to the month or the day. */
function datedBy(f: FoundFigure, paragraph: number | undefined): ArticleDate | undefined {
  const d = f.figure.date;
  if (!d || d.resolution !== 'explicit' || d.precision === 'year' || !/^\d{4}-\d{2}/.test(d.start)) return undefined;
  return { year: Number(d.start.slice(0, 4)), month: Number(d.start.slice(5, 7)), paragraph };
}

function tokenEnd(text: string, pos: number): number {
  let i = pos + 1;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  if (isDigit(text[pos])) {
    while (i < text.length && (isDigit(text[i]) || ((text[i] === ',' || text[i] === '.') && isDigit(text[i + 1])))) i++;
  } else {
    while (i < text.length && /\w/.test(text[i]!)) i++;
  }
  return i;
}

// Compiled once: figureAt runs at every anchor.
const MONTH_OR_WEEKDAY = new RegExp(`^(?:${MONTH_RE}|${WEEKDAY_RE})$`);

/** `lower`: the token lower-cased, where the anchor was found on the lower-cased text. */
function figureAt(ctx: Context, pos: number, token: string, lower: string | null): FoundFigure | null {
  const { text } = ctx;
  const c = text[pos]!;
  if (c >= '0' && c <= '9') return digitFigure(ctx, pos);
  if (ctx.lexicon.symbolEnds.has(c)) return moneyFromSymbol(ctx, pos);
  const word = lower ?? token.toLowerCase();
  const c0 = c.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && MONTH_OR_WEEKDAY.test(token)) {
    return dateFigure(ctx, pos);
  }
  // "a third of voters" is a fraction; "a third term" an ordinal; "only a third did", neither.
  // ("a fifth of the mix", "a tenth of the vote": fractions too.)
  // ("shrank by a third in 2024", "fell by a fifth": a change by a fraction, whatever follows.)
  const aBefore = /\ba\s+$/i.test(before(ctx, pos, 3));
  const byChange = aBefore && (word === 'third' || word === 'fifth' || word === 'tenth') && CHANGE_BY_BEFORE.test(before(ctx, pos - 2, 50));
  // ("coal at less than a tenth.", "took less than a third": a fraction as a level, its whole left to the sentence.)
  const aLevel = aBefore && (word === 'third' || word === 'fifth' || word === 'tenth') && levelFraction(before(ctx, pos - 2, 50), ctx.text.slice(pos + word.length, pos + word.length + 20));
  const aFraction = byChange || aLevel || ((word === 'fifth' || word === 'tenth') && aBefore && /^\s+of\b/i.test(ctx.text.slice(pos + word.length, pos + word.length + 4)));
  if (ORDINAL_OF.has(word) && !aFraction && !(word === 'third' && /\ba\s+$/i.test(before(ctx, pos, 3)) && !thirdOfRank(ctx.text, pos + word.length))) return ordinalFigure(ctx, pos, word);
  switch (word) {
    case 'yesterday': case 'tomorrow': case 'tonight':
      return relativeToPublication(ctx, pos, word.length, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
    case 'last': case 'this': case 'next': case 'earlier': case 'later': {
      // "last night": the day before the article's.
      // ("the last night of the fair" is no day told from the article's.)
      const night = word === 'last' ? /^last\s+night\b(\s+of\b)?/i.exec(text.slice(pos, pos + 16)) : null;
      if (night) return night[1] || /\b(?:the|a|that|this|its|their|his|her)\s+$/i.test(before(ctx, pos, 8)) ? null : relativeToPublication(ctx, pos, night[0].length, -1);
      const r = matchRelative(text, pos, ctx.published);
      return r ? make(ctx, r.start, r.end, { kind: 'date', unit: 'date', qualifier: 'exact', date: r.date }, 0.8) : null;
    }
    case 'century': case 'decade':
      return aCenturyFigure(ctx, pos, word);
    case 'day':
      return relativeDayFigure(ctx, pos) ?? aSpanFigure(ctx, pos, word);
    case 'morning': case 'afternoon': case 'evening': case 'night':
      return relativeDayFigure(ctx, pos, word.length);
    case 'year': case 'month': case 'week': case 'hour':
      return aSpanFigure(ctx, pos, word);
    case 'fortnight':
      return fortnightFigure(ctx, pos);
    case 'half': case 'twice': case 'doubled': case 'tripled': case 'halved': case 'third': case 'thirds': case 'quarter': case 'quarters': case 'fifth': case 'tenth':
    case 'double': case 'doubling': case 'triple': case 'tripling':
      return ratioWordFigure(ctx, pos, word);
    case 'dozens': case 'hundreds': case 'thousands': case 'millions': case 'tens':
      return magnitudeFigure(ctx, pos, word);
  }
  if (/^(?:several|a\s+few|a\s+couple\s+of)$/.test(word)) return vagueFigure(ctx, pos, word);
  if (/^a\s+dozen$/i.test(token)) {
    const noun = countNoun(ctx, pos + token.length);
    if (!noun) return null;
    return make(ctx, pos, noun.end, { kind: 'count', value: 12, unit: noun.noun, qualifier: 'approximately', precision: 12 }, 0.7, noun.noun);
  }
  return wordFigure(ctx, pos);
}

function before(ctx: Context, pos: number, n: number): string {
  return ctx.text.slice(Math.max(ctx.sentence.start, pos - n), pos);
}

/** Builds the found figure, reading a qualifier before it and one after it ("or more"). */
function make(
  ctx: Context,
  start: number,
  end: number,
  figure: Omit<Figure, 'text' | 'qualifier'> & { qualifier?: Qualifier },
  confidence: number,
  noun?: string,
): FoundFigure {
  let qualifier: Qualifier = figure.qualifier ?? 'exact';
  let s = start;
  let e = end;
  if (figure.kind !== 'date' && figure.kind !== 'ordinal' && qualifier === 'exact') {
    const b = before(ctx, start, 30);
    const q = QUALIFIER_BEFORE.exec(b);
    // "edged up to 4.2%", "climbed up to 91%": a verb's "up" and "to", the level reached, not a bound.
    if (q && !(q[1]!.toLowerCase() === 'up to' && MOVED_UP_BEFORE.test(b.slice(0, b.lastIndexOf(q[1]!))))) {
      qualifier = QUALIFIER_OF[q[1]!.toLowerCase()] ?? 'exact';
      s = start - (b.length - b.lastIndexOf(q[1]!));
    }
    SUFFIX_QUALIFIER.lastIndex = end;
    const sq = SUFFIX_QUALIFIER.exec(ctx.text);
    if (sq && end + sq[0].length <= ctx.sentence.end) {
      qualifier = SUFFIX_OF[sq[1]!.toLowerCase()] ?? qualifier;
      e = end + sq[0].length;
    }
  }
  // Every caller hands over a fresh literal, so it is completed in place: a spread of it (its
  // shape differs from rule to rule) was the costliest line of extraction. Assigning keeps the
  // keys in the order the spread gave them, and so the JSON as it was.
  const full = figure as Figure;
  full.qualifier = qualifier;
  full.text = ctx.text.slice(s, e);
  const out: FoundFigure = { start: s, end: e, sentence: ctx.sentence.index, figure: full, confidence };
  if (noun) out.noun = noun;
  return out;
}

function dateFigure(ctx: Context, pos: number): FoundFigure | null {
  const b = before(ctx, pos, 40);
  const d = matchDate(ctx.text, pos, ctx.sentence.end, b, ctx.published, ctx.future, ctx.statedYear, ctx.articleDate, ctx.sentence.paragraph);
  if (!d) return null;
  // The quote keeps "early", "mid-", "the end of" with the month they qualify.
  const part = d.date.part ? /(?:the\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+$/i.exec(b) : null;
  return make(ctx, part ? d.start - part[0].length : d.start, d.end, { kind: 'date', unit: 'date', qualifier: 'exact', date: d.date }, d.date.precision === 'day' ? 0.9 : 0.8);
}

/** Digits glued to letters or to a name are part of a name: "TB2", "S-400", "Resolution 884". */
function isPartOfName(ctx: Context, pos: number): boolean {
  const { text } = ctx;
  const prev = text[pos - 1];
  if (prev === undefined || pos <= ctx.sentence.start) return false;
  if (/[A-Za-z]/.test(prev)) return true;
  if (prev === '-' && /[A-Za-z]/.test(text[pos - 2] ?? '')) {
    const word = /[A-Za-z]+$/.exec(text.slice(Math.max(0, pos - 12), pos - 1))?.[0] ?? '';
    return !NAME_PREFIX_OK.test(word);
  }
  if (prev === '.' && /[A-Za-z]/.test(text[pos - 2] ?? '')) return true; // footnote after a word: "strike.12"
  if (prev === '^') return true;
  if (prev === '[' && /^\d{1,3}\]/.test(text.slice(pos, pos + 4))) return true; // footnote marker "[12]"
  return false;
}

function inUrl(ctx: Context, pos: number): boolean {
  const { text } = ctx;
  let a = pos;
  while (a > ctx.sentence.start && !/\s/.test(text[a - 1]!)) a--;
  let b = pos;
  while (b < ctx.sentence.end && !/\s/.test(text[b]!)) b++;
  return URLISH.test(text.slice(a, b));
}

/** The end of a phone number starting at `pos` ("+994 12 345 67 89", "(012) 345-6789"), or 0. */
function phoneNumberEnd(ctx: Context, pos: number): number {
  const { text } = ctx;
  const from = text[pos - 1] === '+' || text[pos - 1] === '(' ? pos - 1 : pos;
  PHONE.lastIndex = from;
  const m = PHONE.exec(text);
  if (!m || THOUSANDS_ONLY.test(m[0])) return 0;
  const groups = m[3]!.split(/[\s.-]/).length - 1;
  return m[1] || m[2] || groups >= 3 ? from + m[0].length : 0;
}

function scaleAt(text: string, end: number): { factor: number; end: number } | null {
  SCALE_AFTER.lastIndex = end;
  const s = SCALE_AFTER.exec(text);
  if (!s) return null;
  const word = (s[1] ?? s[2])!.toLowerCase();
  return { factor: SCALES[word]!, end: end + s[0].length };
}

/** A number with its scale ("3.1 billion", "795m") and an optional range ("2,000-3,000", "2 to 3 billion"). */
interface Quantity {
  value: number;
  low?: number;
  high?: number;
  precision: number;
  end: number;
  words: boolean;
  plus: boolean;
}

function quantityAt(ctx: Context, pos: number, first: ParsedNumber, allowRange = true): Quantity {
  const { text } = ctx;
  let value = first.value;
  let precision = first.precision;
  let end = first.end;
  const scale = scaleAt(text, end);
  if (scale) {
    value *= scale.factor;
    precision *= scale.factor;
    end = scale.end;
  }
  let plus = false;
  PLUS_AFTER.lastIndex = end;
  const p = PLUS_AFTER.exec(text);
  if (p) {
    plus = true;
    end += p[0].length;
  }
  const q: Quantity = { value, precision, end, words: first.words, plus };
  if (!allowRange || plus) return q;
  RANGE_AFTER.lastIndex = end;
  const r = RANGE_AFTER.exec(text);
  if (!r) return q;
  const sep = r[1]!;
  const lead = before(ctx, pos, 12);
  if (sep === 'and' && !/\bbetween\s+$/i.test(lead)) return q;
  // "revised down by 27,000 to 179,000": a change and the level it led to, each a figure of its
  // own; not one range.
  if (sep !== 'and' && /\bby\s+$/i.test(lead)) return q;
  // "rose from 2,000 to 3,000": a level before and a level after, not a range.
  if (sep === 'to' && (CHANGED_FROM.test(before(ctx, pos, 40)) || CHANGE_THEN_FROM.test(before(ctx, pos, 80)))) return q;
  const secondStart = end + r[0].length;
  const currencyGap = /^[$€£]/.test(text[secondStart] ?? '') ? 1 : 0;
  const second = parseDigits(text, secondStart + currencyGap);
  if (!second || second.end > ctx.sentence.end) return q;
  let high = second.value;
  let highEnd = second.end;
  const s2 = scaleAt(text, highEnd);
  let low = value;
  if (s2) {
    high *= s2.factor;
    highEnd = s2.end;
    if (!scale) low = first.value * s2.factor;
  } else if (scale) {
    high *= scale.factor;
  }
  if (!(high > low)) return q;
  return { value: low, low, high, precision: Math.min(precision, s2 ? second.precision * s2.factor : second.precision), end: highEnd, words: false, plus: false };
}

/**
 * A quantity's figure: a value or a range, "more than" for "2,000-plus". Literals of fixed
 * shapes, in the key order the report has always had: spreading the parts in was the slow
 * path of object creation.
 */
function quantityFigure(kind: FigureKind, value: number, q: Pick<Quantity, 'low' | 'high' | 'plus'>, unit: string | null, precision: number) {
  if (q.low !== undefined) return { kind, low: q.low, high: q.high!, qualifier: 'between' as Qualifier, unit, precision };
  if (q.plus) return { kind, value, unit, precision, qualifier: 'more_than' as Qualifier };
  return { kind, value, unit, precision };
}

/** How many of the next smaller unit make one of a unit: "1 week and 2 days" is 9 days. */
const SMALLER_UNIT: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
  ['year', { unit: 'month', factor: 12 }],
  ['week', { unit: 'day', factor: 7 }],
  ['day', { unit: 'hour', factor: 24 }],
  ['hour', { unit: 'minute', factor: 60 }],
]);
const PART_AFTER = new RegExp(`(?:\\s*,\\s*|\\s+and\\s+)(\\d{1,2}|an?|${NUMBER_WORD})\\s+(month|day|hour|minute)s?(?![\\w-])`, 'iy');

/**
 * "1 week and 2 days", "two years, three months": a duration's smaller part, added to it in the
 * smaller unit. Only the next unit down: "two months and three days" has no exact sum.
 */
function smallerPart(text: string, at: number, unit: string, limit: number): { value: number; unit: string; factor: number; end: number } | null {
  const next = SMALLER_UNIT.get(unit);
  if (!next) return null;
  PART_AFTER.lastIndex = at;
  const m = PART_AFTER.exec(text);
  if (!m || at + m[0].length > limit || m[2]!.toLowerCase() !== next.unit) return null;
  const word = m[1]!.toLowerCase();
  const value = /^\d/.test(word) ? Number(word) : word === 'a' || word === 'an' ? 1 : parseWords(word, 0)?.value;
  if (value === undefined || value >= next.factor) return null;
  return { value, unit: next.unit, factor: next.factor, end: at + m[0].length };
}

/** The unit forms that can follow a quantity: money, %, times, durations, measures. */
function unitFigure(ctx: Context, start: number, q: Quantity, currencyBefore: string | null): FoundFigure | null {
  const { text } = ctx;
  const figure = (kind: FigureKind, unit: string | null) => quantityFigure(kind, q.value, q, unit, q.precision);
  let m: RegExpExecArray | null;
  const currencies = ctx.lexicon.currencies;
  const after = currencies.after;
  if (currencyBefore) {
    // "$5bn USD": the code after the amount is part of it.
    let end = q.end;
    if (after) {
      after.lastIndex = q.end;
      const code = after.exec(text);
      if (code && currencies.codes.has(code[1]!)) end = q.end + code[0].length;
    }
    return make(ctx, start, end, figure('money', currencyBefore), 0.9);
  }
  if (after) {
    after.lastIndex = q.end;
    if ((m = after.exec(text))) {
      const unit = currencies.codes.has(m[1]!) ? m[1]! : currencies.byWord.get(m[1]!.toLowerCase())!;
      return make(ctx, start, q.end + m[0].length, figure('money', unit), 0.9);
    }
  }
  PERCENT_AFTER.lastIndex = q.end;
  if ((m = PERCENT_AFTER.exec(text))) {
    const unit = /^percentage/i.test(m[1]!) ? 'pp' : '%';
    return make(ctx, start, q.end + m[0].length, figure('percent', unit), 0.9);
  }
  TIMES_AFTER.lastIndex = q.end;
  if ((m = TIMES_AFTER.exec(text))) {
    return make(ctx, start, q.end + m[0].length, figure('ratio', 'times'), 0.85);
  }
  DURATION_AFTER.lastIndex = q.end;
  if ((m = DURATION_AFTER.exec(text))) {
    const unit = m[1]!.toLowerCase().startsWith('centur') ? 'century' : m[1]!.toLowerCase();
    const end = q.end + m[0].length;
    // ("the first nine months of 2024", "the twelve months through March": a part of the year,
    // or a span closed by a month, read with it as a period.)
    if ((/\bfirst\s+$/i.test(before(ctx, start, 8)) && /^\s+of\s+(?:1[5-9]|20)\d\d\b/.test(text.slice(end, end + 10))) || (/^(?:months?|years?)$/i.test(unit) && SPAN_CLOSED_BY_MONTH.test(text.slice(end, end + 40)))) {
      ctx.skipTo = end;
      return null;
    }
    const part = q.low === undefined && !m[0].endsWith('-long') && !m[0].endsWith('-old') ? smallerPart(text, end, unit, ctx.sentence.end) : null;
    if (part) return make(ctx, start, part.end, { kind: 'duration', value: q.value * part.factor + part.value, unit: part.unit, precision: 1 }, 0.85);
    return make(ctx, start, end, figure('duration', unit), 0.85);
  }
  MEASURE_AFTER.lastIndex = q.end;
  if ((m = MEASURE_AFTER.exec(text))) {
    const unit = MEASURE_UNIT[unitKey(m[1]!)] ?? m[1]!.toLowerCase();
    const k = TONNE_SCALE[m[1]!.toLowerCase()] ?? 1;
    const scaled = k === 1 ? q : { ...q, low: q.low === undefined ? undefined : q.low * k, high: q.high === undefined ? undefined : q.high * k };
    return make(ctx, start, q.end + m[0].length, quantityFigure('measure', q.value * k, scaled, unit, q.precision * k), 0.85);
  }
  HYPHEN_WORD.lastIndex = q.end;
  if (q.low === undefined && (m = HYPHEN_WORD.exec(text))) {
    const word = m[1]!;
    const end = q.end + m[0].length;
    if (word === 'fold') return make(ctx, start, end, { kind: 'ratio', value: q.value, unit: 'times', precision: q.precision }, 0.8);
    if (word === 'odd') return make(ctx, start, end, { kind: 'count', value: q.value, unit: countNoun(ctx, end)?.noun ?? null, qualifier: 'approximately', precision: q.precision }, 0.7);
    if (word === 'strong') {
      // "a 2,000-strong force": the noun after counts its members, singular as it is.
      const noun = /^\s+([a-z]+)/.exec(text.slice(end, end + 30));
      const nounEnd = noun ? end + noun[0].length : end;
      return make(ctx, start, nounEnd, { kind: 'count', value: q.value, unit: noun ? singular(noun[1]!) : null, precision: q.precision }, 0.8, noun ? singular(noun[1]!) : undefined);
    }
    // "a six-point peace plan", "a 12-point programme": the name of a document, not a count
    // of points ("a 10-point lead" is one).
    if (word === 'point' && DOCUMENT_AFTER.test(text.slice(end, end + 40))) {
      ctx.skipTo = end;
      return null;
    }
    if (q.value !== 1 && !/^(?:year|old|time|ever|plus|thirds?|quarters?)$/.test(word)) {
      return make(ctx, start, end, { kind: 'count', value: q.value, unit: word, precision: q.precision }, 0.75, word);
    }
  }
  return null;
}

function moneyFromSymbol(ctx: Context, pos: number): FoundFigure | null {
  const { text } = ctx;
  // The longest symbol ending here: "US$" before "$".
  let start = pos;
  let unit: string | undefined;
  for (const [symbol, code] of ctx.lexicon.currencies.bySymbol) {
    const from = pos + 1 - symbol.length;
    if (from >= ctx.sentence.start && (unit === undefined || from < start) && text.startsWith(symbol, from)) {
      start = from;
      unit = code;
    }
  }
  if (unit === undefined) return null;
  let i = pos + 1;
  if (text[i] === ' ') i++;
  const n = parseDigits(text, i);
  if (!n) return null;
  const q = quantityAt(ctx, start, n);
  return unitFigure(ctx, start, q, unit);
}

function digitFigure(ctx: Context, pos: number): FoundFigure | null {
  const { text } = ctx;
  if (isPartOfName(ctx, pos) || inUrl(ctx, pos)) return null;
  if (text[pos - 1] === ':') return null; // "3:1", the minutes of a time
  // "41°43′N 44°47′E": a place's coordinates, no figure of the story.
  if (text.slice(pos + 1, pos + 12).includes('°')) {
    COORDINATES.lastIndex = pos;
    const c = COORDINATES.exec(text);
    if (c) {
      ctx.skipTo = pos + c[0].length;
      return null;
    }
  }
  TIME_OF_DAY.lastIndex = pos;
  const time = TIME_OF_DAY.exec(text);
  if (time) {
    ctx.skipTo = pos + time[0].length;
    return null;
  }
  if (AGE_BEFORE.test(before(ctx, pos, 30))) {
    // "a reservist aged 34", "died in Port Vell aged 67": one person's age, a figure in years.
    // ("millers aged 18 to 24", "members aged 65 and over" define a group: no claim.)
    const age = /^\d{1,3}(?![\d.,]\d)/.exec(text.slice(pos, pos + 4));
    if (age && PERSON_AGED_BEFORE.test(before(ctx, pos, 30)) && !AGE_RANGE_AFTER.test(text.slice(pos, pos + 20))) {
      return make(ctx, pos, pos + age[0].length, { kind: 'duration', value: Number(age[0]), unit: 'year', precision: 1 }, 0.6);
    }
    let end = pos;
    while (end < text.length && /[\d,.]/.test(text[end]!)) end++;
    // (The whole band: "aged 18 to 24" defines one group, and its upper end is no count.)
    const band = /^\s*(?:to|-|–|and|or)\s*\d{1,3}\b/i.exec(text.slice(end, end + 12));
    ctx.skipTo = band ? end + band[0].length : end;
    return null;
  }
  const date = matchDate(text, pos, ctx.sentence.end, before(ctx, pos, 40), ctx.published, ctx.future, ctx.statedYear, ctx.articleDate, ctx.sentence.paragraph);
  if (date) return make(ctx, date.start, date.end, { kind: 'date', unit: 'date', qualifier: 'exact', date: date.date }, 0.9);
  const phone = phoneNumberEnd(ctx, pos);
  if (phone) {
    ctx.skipTo = phone;
    return null;
  }
  // "Case No. 2b/3317-09": a number inside a reference code; "the 0700 edition": a clock time.
  // ("4'10\"": a running time in minutes and seconds.)
  // (Not a split year, a crop's, a budget's or a season's: "2024-25", "2023/24".)
  if (/[\p{L}\p{N}]\/$/u.test(before(ctx, pos, 2)) || (/^\d+[-/]\d{2}(?![\d/.,])/.test(text.slice(pos, pos + 12)) && !splitYear(text.slice(pos, pos + 7))) || /^0\d{3}(?!\d|[.,]\d)/.test(text.slice(pos, pos + 6)) || /^\d{1,2}['’]\d{2}(?:["”]|'')/.test(text.slice(pos, pos + 8))) {
    let end = pos;
    while (end < text.length && /[\w/'’"”-]/.test(text[end]!)) end++;
    ctx.skipTo = end;
    return null;
  }
  // "Questions 37–45", "issue No. 81", "Table 2", "Article 5": a number labelling a part of a
  // document (with the range after it) is a name, not a quantity.
  const lead = before(ctx, pos, 16);
  if (DOCUMENT_PART_GATE.test(lead) && DOCUMENT_PART_BEFORE.test(lead)) {
    const label = /^\d+(?:\s*[–—-]\s*\d+)?/.exec(text.slice(pos, pos + 12));
    ctx.skipTo = pos + (label ? label[0].length : 1);
    return null;
  }
  const n = parseDigits(text, pos);
  if (!n) return null;
  // Ordinals in digits: "the 102nd", "its 2nd".
  const ord = /^(st|nd|rd|th)\b/.exec(text.slice(n.end, n.end + 3));
  // "the 58th Regiment", "the 102nd Street Station": an ordinal before a capitalised word is part of a name.
  if (ord && /^\s+[A-Z][a-z]/.test(text.slice(n.end + 2, n.end + 6))) return null;
  if (ord && Number.isInteger(n.value)) {
    return make(ctx, pos, n.end + 2, { kind: 'ordinal', value: n.value, unit: null, qualifier: 'exact' }, 0.5);
  }
  const raw = text.slice(pos, n.end);
  const yearLike = /^\d{4}$/.test(raw) && n.value >= 1500 && n.value <= 2100;
  // "between their 2011 and 2021 censuses": joined to a year before it, a year, whatever follows.
  // A year-like number counts only a noun right after it ("2000 workers"): with words between
  // ("1998 still stands"), the words are the sentence's, and the number is a year.
  // "The Flexibility Outlook 2025 calls for …": a year closing a name of capitalised words is the
  // name's, whatever word follows it.
  const partOfYear = yearLike && YEAR_PART_BEFORE.test(before(ctx, pos, 40));
  if (yearLike && !partOfYear && /(?:[A-Z][a-z]+|[A-Z]{2,})\s$/.test(before(ctx, pos, 20)) && insideName(text, pos, n.end)) return null;
  // ("In 2024 mills cut 300 jobs": after a preposition of time, a year, whatever noun follows; a
  // count so large is written "2,024 mills". So after a part of a year: "the first nine months of 2024".)
  // ("the full-year 2024 results", "its 2025 budget": before a noun of data or of a document, a
  // year: nobody counts results or budgets by the two thousand.)
  // ("the 2011 floods", "its 2019 fairs": before a noun of a kind of event, a year naming
  // which ones, never that many of them.)
  if (yearLike && (partOfYear || !countsNextWord(ctx, n.end) || YEAR_JOINED_BEFORE.test(before(ctx, pos, 12)) || YEAR_TIME_BEFORE.test(before(ctx, pos, 8)) || YEAR_DATA_NOUN_AFTER.test(text.slice(n.end, n.end + 24)) || eventNounAfter(ctx, n.end))) {
    const y = matchYear(text, pos, before(ctx, pos, 40));
    if (y) {
      const s = y.start < pos ? y.start : /mid-$/i.test(before(ctx, pos, 4)) ? pos - 4 : pos;
      return make(ctx, s, y.end, { kind: 'date', unit: 'date', qualifier: 'exact', date: y.date }, 0.8);
    }
    // A year inside a name ("the 2025 Digest", "Census of India 2011") is neither a date nor a count.
    if (insideName(text, pos, n.end)) return null;
  }
  // "the top 15 countries", "the 10 largest spenders": a set named by rank, which counts nothing.
  // ("rounded to the nearest 10 millers": the step of a rounding, no figure either.)
  // ("5.2 drowned per 100,000 millers", "per 1,000 sacks": the base of a rate, which counts nothing.)
  if (/\bper\s+$/i.test(before(ctx, pos, 5)) || RANKED_SET_BEFORE.test(before(ctx, pos, 16)) || RANKED_SET_AFTER.test(text.slice(n.end, n.end + 16)) || /\bto the nearest\s+$/i.test(before(ctx, pos, 16))) {
    ctx.skipTo = n.end;
    return null;
  }
  const currency = ctx.lexicon.currencies.before?.exec(before(ctx, pos, 5));
  const q = quantityAt(ctx, pos, n);
  if (currency) {
    const sym = currency[1]!;
    return unitFigure(ctx, pos - currency[0].length, q, ctx.lexicon.currencies.bySymbol.get(sym) ?? sym);
  }
  const withUnit = unitFigure(ctx, pos, q, null);
  if (withUnit) return withUnit;
  if (ctx.skipTo !== undefined && ctx.skipTo > pos) return null; // a name: "a 12-point roadmap"
  IN_RATIO.lastIndex = q.end;
  const inr = IN_RATIO.exec(text);
  if (inr && q.low === undefined) {
    const d = parseDigits(text, q.end + inr[0].length) ?? parseWords(text, q.end + inr[0].length);
    if (d && d.value > q.value && !isYear(text, q.end + inr[0].length, d)) {
      return make(ctx, pos, d.end, { kind: 'ratio', value: q.value / d.value, unit: 'share', qualifier: 'exact' }, 0.7);
    }
  }
  // "5.000 workers" is five thousand: a decimal point before exactly three digits, then a noun.
  let value = q.value;
  let precision = q.precision;
  const noun = countNoun(ctx, q.end);
  if (/^\d{1,3}\.\d{3}$/.test(raw) && noun && q.end === n.end) {
    value = Number(raw.replace('.', ''));
    precision = 1;
  }
  // A bare integer after a capitalised word is a name ("Resolution 884", "Flight 752"), unless
  // it is one of a tally's pairs of names and numbers ("Greens 385, Reds 99, Blues 66").
  // (Or an index's or a paper's capitals: "RYE&CO 500", "HC 298".)
  const prevWord = /(?:^|[^\w&])([A-Z][a-z]+|[A-Z][A-Z&]{1,5})\s$/.exec(before(ctx, pos, 20));
  if (!noun && prevWord && Number.isInteger(value) && /^\d+$/.test(raw) && !SENTENCE_WORDS.test(prevWord[1]!) && !TALLY_NEXT.test(text.slice(q.end, q.end + 40)) && !TALLY_BEFORE.test(before(ctx, pos, 60)) && !GAPPED_BEFORE.test(before(ctx, pos, 80))) {
    return null;
  }
  if (noun) return make(ctx, pos, noun.end, quantityFigure('count', value, q, noun.noun, precision), 0.85, noun.noun);
  const named = numberOfNoun(ctx, pos);
  if (named) return make(ctx, pos, q.end, quantityFigure('count', value, q, named, precision), 0.6, named);
  // "192,000 — people driven from their homes", "56 — soldiers still unaccounted for": a number
  // heading a line or a list item, and after a dash the noun it counts (a fact box's item).
  const dash = DASH_LABEL_AFTER.exec(text.slice(q.end, q.end + 4));
  if (dash && LINE_HEAD_BEFORE.test(text.slice(ctx.sentence.start, pos))) {
    const labelled = countNoun(ctx, q.end + dash[0].length - 1);
    if (labelled && !TIME_UNIT_NOUN.test(labelled.noun)) return make(ctx, pos, labelled.end, quantityFigure('count', value, q, labelled.noun, precision), 0.6, labelled.noun);
  }
  return make(ctx, pos, q.end, quantityFigure('count', value, q, null, precision), 0.5);
}

/**
 * "The number of allies meeting the guideline rose from 11 to 23": a bare number in the clause
 * of "the number of <nouns>" counts those nouns. Not across a break of clause ("the number of
 * deaths is unknown, but 25 were arrested").
 */
function numberOfNoun(ctx: Context, pos: number): string | null {
  const lead = ctx.text.slice(Math.max(ctx.sentence.start, pos - 120), pos);
  let last: RegExpExecArray | null = null;
  NUMBER_OF.lastIndex = 0;
  for (let m = NUMBER_OF.exec(lead); m; m = NUMBER_OF.exec(lead)) last = m;
  if (!last) return null;
  const between = lead.slice(last.index + last[0].length);
  if (/[;:]|,\s+(?:and|but|while|whereas|although)\b|\b(?:but|while|whereas)\b/.test(between)) return null;
  // ("its count of the missing fell from 19 to 3": an adjective standing for the people it
  // describes is what is counted, as in "19 missing".)
  return last[2] ? last[2].toLowerCase() : singular(last[1]!.toLowerCase());
}
/** A plural noun: in -s (not a verb or a word that only ends so), of its own kind, or uncounted. */
const PLURAL_NOUN = String.raw`(?:(?!(?:was|has|does|goes|says|this|thus|its|his|as|us|less|always|perhaps)\b)[a-z][a-z-]*[a-rt-z]s|[a-z]*men|children|people|personnel|staff)`;
// (Two words may stand before the noun: "the number of unemployed people", "of idle mills", "of
// drowned Valdonian millers". A plural of its own kind: "of its firemen", "of children".)
// (Or an adjective standing for people, after a determiner: "the count of the missing", "the
// number of its dead". A verb is no noun in -s: "the count of the missing was put at 3".)
const NUMBER_OF = new RegExp(String.raw`\b(?:number|count|tally|total|headcount|toll)\s+of\s+(?:(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z]+\s+){0,2}?(${PLURAL_NOUN})\b|(?:the|its|their)\s+(dead|missing|[a-z]+ed)\b(?!\s+(?:[a-z]+\s+)?${PLURAL_NOUN}\b))`, 'gi');

function wordFigure(ctx: Context, pos: number): FoundFigure | null {
  const { text } = ctx;
  const n = parseWords(text, pos);
  if (!n) return null;
  const capitalised = /^[A-Z]/.test(text[pos]!);
  // At the sentence's start, or the text's after a wire dateline ("LISBON, May 2 (Wire) – Twelve").
  const atStart = pos === ctx.sentence.start || /^["'(\s-]*$/.test(text.slice(ctx.sentence.start, pos)) || /\)\s+[–—-]\s+$/.test(before(ctx, pos, 6));
  if (capitalised && !atStart) return null; // "Three Brothers"
  const lead = before(ctx, pos, 30);
  // A motto or slogan: "one nation, two states".
  if (/\b(?:one|a|an)\s+\w+\s*,\s*$/i.test(lead) || /^\s+\w+\s*,\s*two\b/i.test(text.slice(n.end, n.end + 30))) return null;
  FRACTION_AFTER.lastIndex = n.end;
  const fr = FRACTION_AFTER.exec(text);
  if (fr) {
    const denom = { third: 3, quarter: 4, fifth: 5, tenth: 10 }[fr[1]!.replace(/s$/, '') as 'third'] ?? 0;
    if (denom) return make(ctx, pos, n.end + fr[0].length, { kind: 'ratio', value: n.value / denom, unit: 'fraction', qualifier: 'exact' }, 0.7);
  }
  const q = quantityAt(ctx, pos, n, false);
  const withUnit = unitFigure(ctx, pos, q, null);
  if (withUnit) return withUnit;
  if (ctx.skipTo !== undefined && ctx.skipTo > pos) return null; // a name: "a 12-point roadmap"
  IN_RATIO.lastIndex = q.end;
  const inr = IN_RATIO.exec(text);
  if (inr) {
    const d = parseWords(text, q.end + inr[0].length) ?? parseDigits(text, q.end + inr[0].length);
    if (d && d.value > q.value && !isYear(text, q.end + inr[0].length, d)) {
      return make(ctx, pos, d.end, { kind: 'ratio', value: q.value / d.value, unit: 'share', qualifier: 'exact' }, 0.7);
    }
  }
  if (q.value === 1 && q.end === n.end) return null; // "one" is an article more often than a count
  // "rather than the nine the board had forecast", "double the three who managed it": a number
  // set against a count, its noun left out, a clause of its own after it.
  const elided = ctx.counted ?? ctx.countedBefore;
  if (elided && q.end === n.end && ELIDED_THE_BEFORE.test(lead) && CLAUSE_AFTER.test(text.slice(q.end, q.end + 30))) return make(ctx, pos, q.end, quantityFigure('count', q.value, q, elided, q.precision), 0.5, elided);
  if (ANAPHORA_BEFORE.test(lead)) return null; // "the two countries": a reference, not a claim
  const noun = countNoun(ctx, q.end);
  if (noun) return make(ctx, pos, noun.end, quantityFigure('count', q.value, q, noun.noun, q.precision), 0.75, noun.noun);
  // "10 allies met it last year, and only three in 2014", "11 allies, up from nine": a number
  // word set against a count of the same sentence counts its noun, elided.
  if (ctx.counted && ELIDED_BEFORE.test(lead)) return make(ctx, pos, q.end, quantityFigure('count', q.value, q, ctx.counted, q.precision), 0.6, ctx.counted);
  // So too against a count of the sentence before ("30 clinics will open. Only seven managed
  // it in 2022"), where a verb or a preposition follows the number, not a noun of its own.
  if (!ctx.counted && ctx.countedBefore && ELIDED_BEFORE.test(lead) && CLAUSE_AFTER.test(text.slice(q.end, q.end + 30))) return make(ctx, pos, q.end, quantityFigure('count', q.value, q, ctx.countedBefore, q.precision), 0.5, ctx.countedBefore);
  const named = numberOfNoun(ctx, pos);
  if (named && ELIDED_BEFORE.test(lead)) return make(ctx, pos, q.end, quantityFigure('count', q.value, q, named, q.precision), 0.6, named);
  // "the toll was well above a thousand", "put at over a million": a bound or an estimate in
  // hundreds or more is an amount even with its noun left out ("one" or "two" alone is not).
  if (q.value >= 100 && BOUND_PREDICATE_BEFORE.test(lead)) {
    return make(ctx, pos, q.end, quantityFigure('count', q.value, q, ctx.counted ?? null, q.precision), 0.6, ctx.counted);
  }
  // "64, ten fewer", "an increase of five": a difference a number word states alone.
  if (DIFFERENCE_AFTER.test(text.slice(q.end, q.end + 16)) || CHANGE_OF_BEFORE.test(lead)) {
    return make(ctx, pos, q.end, quantityFigure('count', q.value, q, ctx.counted ?? null, q.precision), 0.6, ctx.counted);
  }
  // "Seven: clubs that met the home-grown rule in 2022": a data box's heading number, what it counts
  // named after the colon.
  const headed = atStart ? HEADED_COUNT_AFTER.exec(text.slice(q.end, q.end + 40)) : null;
  if (headed) {
    const noun = singular(headed[1]!.toLowerCase());
    return make(ctx, pos, q.end, quantityFigure('count', q.value, q, noun, q.precision), 0.6, noun);
  }
  // "Reform won five.", "put the number at nine", "Only three of them met it", "from three in
  // 2014 to twenty": a number word standing for its count, its noun left to the reader. What it
  // counts is read from around it, if at all (a weak reading).
  const after = text.slice(q.end, q.end + 24);
  if (q.value >= 2 && q.end === n.end && !ctx.counted && (PARTITIVE_AFTER.test(after) || (BARE_COUNT_BEFORE.test(lead) && BARE_COUNT_AFTER.test(after)))) {
    return make(ctx, pos, q.end, quantityFigure('count', q.value, q, null, q.precision), 0.5);
  }
  // "The Greens won 72 seats, and the Blues, which got five.": after a count of its sentence, a
  // number word ending its clause after such a verb counts that count's noun (a weak reading).
  if (q.value >= 2 && q.end === n.end && ctx.counted && BARE_COUNT_BEFORE.test(lead) && BARE_COUNT_AFTER.test(after) && !PARTITIVE_AFTER.test(after)) {
    return make(ctx, pos, q.end, quantityFigure('count', q.value, q, ctx.counted, q.precision), 0.5, ctx.counted);
  }
  return null;
}

/** Before a number word standing alone for a count: a verb it completes, or a preposition. */
const BARE_COUNT_BEFORE = /\b(?:at|to|from|with|of|only|just|won|got|took|had|has|have|is|was|were|are|reached|totall?ed|numbered)\s+$/i;
/** After it: the clause's end, a partitive of a group named before, or the year it held in. */
const BARE_COUNT_AFTER = /^(?:\s*(?:[,.;!?)]|$)|\s+of\s+(?:them|those|these|us|its|their|the)\b|\s+in\s+\d{4}\b|\s+(?:this|last|that)\s+year\b)/;
/** A partitive of a group named before: "Three of the votes …", "ten of them", "ten of the dead". */
const PARTITIVE_AFTER = /^\s+of\s+(?:them|those|these|us|its|their|the)\b/;

/** After a number heading its line, a colon and a plural noun: "Seven: clubs that …", "Three: mills at or above …". */
const HEADED_COUNT_AFTER = /^\s*:\s+(?:the\s+)?([a-z]{3,}s)\b(?!\s+(?:of|per)\b)/;

/** A verb the amount completes ("was", "stood at", "reached"), then a bound or an estimate's word. */
const BOUND_PREDICATE_BEFORE = /\b(?:is|was|are|were|be|been|stands|stood|at|reached|reaches|rose to|fell to|numbered|totall?ed)\s+(?:well\s+|just\s+|still\s+)?(?:above|over|more than|at least|nearly|almost|about|around|some|roughly|approximately|under|below|fewer than|less than)\s+$/i;

/** "ten fewer", "five more", not "five more than": a difference of a count. */
const DIFFERENCE_AFTER = /^\s+(?:fewer|more|less)\b(?!\s+than\b)(?=\s*(?:[,;.)]|$|and\b|but\b))/i;
/** "an increase of", "a fall of": the change a number word after it states. */
const CHANGE_OF_BEFORE = /\b(?:an?\s+)(?:increase|rise|gain|jump|fall|drop|decline|decrease|loss|reduction|cut)\s+of\s+(?:just\s+|only\s+|about\s+|some\s+)?$/i;

/** "than the", "from the" before a number word: set against a count, not a reference to one. */
const ELIDED_THE_BEFORE = /\b(?:than|from|against|double|triple|half)\s+the\s+$/i;
/** What may follow a number whose noun is left out: a relative clause, a verb in the past, a preposition of time. */
const CLAUSE_AFTER = /^\s+(?:who|that|which|(?:had|have|has|did|were|was)\b|[a-z]+ed\b|(?:made|met|won|got|took|held|kept|fell|rose|grew|stood|came|went|saw|left|lost|paid|spent|sent|gave|found|became|began|ran|led|fled|sat|stayed)\b|(?:in|by|for|during)\s+(?:\d{4}|[A-Z][a-z]+\b)|(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|(?:the|its|their)\s+[a-z]+)\s+(?:had|has|have|said|says|forecast|expected|promised|reported)\b)/;
/** Words that set a number against another one: its noun may be left out ("up from nine"). */
const ELIDED_BEFORE = /\b(?:from|to|and|or|than|with|only|just|but|versus|vs\.?)\s+$/i;

/** Verbs of change in any of their forms, shared by the readings after them ("rose from", "fell by"). */
const CHANGE_VERBS = String.raw`ris(?:e|es|en|ing)|rose|f(?:all|alls|allen|alling|ell)|gr(?:ow|ows|own|owing|ew)|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|slip(?:s|ped|ping)?|surg(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)`;
/** A verb of change, in any of its forms, then "from": "rising from", "slid from", "was moved from", "increasing slightly last year from". */
const CHANGED_FROM = new RegExp(
  String.raw`\b(?:${CHANGE_VERBS}|slid(?:e|es|ing)?|edg(?:e|es|ed|ing)|dip(?:s|ped|ping)?|soar(?:s|ed|ing)?|swung|swing(?:s|ing)?|shift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|went|gone|go(?:es|ing)?|revis(?:e|es|ed|ing)|up|down)\s+(?:\w+\s+){0,3}?from\s+$`,
  'i',
);

/**
 * A change, then its two levels set off by a bracket or a comma: "increased by eight percent
 * (from 36,096 to 38,824)", "a rise of 8%, from 36,096 to 38,824".
 */
const CHANGE_THEN_FROM = new RegExp(String.raw`\b(?:${CHANGE_VERBS}|rise|rises|fall|falls|jump|jumps|drop|drops|growth|gain|gains|loss|losses|up|down)\b[^.;()]{0,50}[(,]\s*from\s+$`, 'i');

/** "2024-25", "2023/24": a year and the next one's last two digits, a crop's, a budget's or a season's year. */
function splitYear(s: string): boolean {
  const m = /^((?:1[5-9]|20)\d\d)[-/–](\d\d)$/.exec(s);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** Nouns that make "N-point" the name of a document. */
const DOCUMENT_AFTER = /^\s+(?:[a-z]+\s+)?(?:plan|agenda|programme|program|proposal|roadmap|road map|strategy|list|charter|agreement|accord|deal|declaration|statement|formula|framework)\b/i;

/** "one in 2014": four digits from 1800 to 2100, no comma, read as a year, not a denominator. */
function isYear(text: string, at: number, d: ParsedNumber): boolean {
  return !d.words && d.end - at === 4 && d.value >= 1800 && d.value <= 2100;
}

/** Nouns of a release or a reading of a figure, which an ordinal before them picks out. */
const RELEASE_NOUN = /^(?:estimates?|readings?|prints?|counts?|figures?|reports?|releases?|tally|tallies|numbers?|results?|drafts?|revisions?|pass|look)$/;

function ordinalFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const { text } = ctx;
  const capitalised = /^[A-Z]/.test(text[pos]!);
  const atStart = /^["'(\s]*$/.test(text.slice(ctx.sentence.start, pos));
  if (capitalised && !atStart) return null; // "Second Coastal Flood"
  const end = pos + word.length;
  // ("the first nine months of 2024", "the third quarter of 2024": a part of the year, read with
  // it; "the third quarter", "the second half": a part of a year, no rank of anything.)
  if (/^\s+(?:quarter|half|(?:three|six|nine)\s+months)\b/i.test(text.slice(end, end + 30))) return null;
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(end, end + 30));
  if (!next || STOP.has(next[1]!)) return null;
  // "the first estimate", "its second reading": which release of a figure, no rank of anything.
  if (RELEASE_NOUN.test(next[1]!)) return null;
  if (!/\b(?:the|its|their|his|her|a|for the)\s+$/i.test(before(ctx, pos, 10))) return null;
  return make(ctx, pos, end + next[0].length, { kind: 'ordinal', value: ORDINAL_OF.get(word)!, unit: next[1]!, qualifier: 'exact' }, 0.5);
}

function aCenturyFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const b = before(ctx, pos, 10);
  const half = /\bhalf\s+an?\s+$/i.exec(b);
  const one = /\ban?\s+$/i.exec(b);
  if (!half && !one) return null;
  const start = pos - (half ?? one)![0].length;
  // "3.5 million up on a decade earlier", "than a century ago": the base of a comparison, as for "a year".
  if (/^\s+(?:earlier|ago|before|previously)\b/i.test(ctx.text.slice(pos + word.length, pos + word.length + 14)) && SPAN_BASE.test(before(ctx, pos, 24))) return null;
  return make(ctx, start, pos + word.length, { kind: 'duration', value: half ? 0.5 : 1, unit: word, precision: half ? 0.5 : 1 }, 0.7);
}

/** Words before "a year" that make it a span of time: "by a year", "within an hour". */
const SPAN_BEFORE = /\b(?:by|for|within|after|in|over|about|almost|nearly|barely|just|than|under|roughly|some|took|takes|lasted|lasts|spent|waited)\s+(?:half\s+)?an?\s+$/i;
/** Words after it that do: "a year and a half", "a week later", "a day early". */
const SPAN_AFTER = /^(?:\s+and\s+a\s+half\b|\s+(?:later|after|before|early|late|ago|long|in advance)\b|-long\b)/i;
/** A base of comparison, not a claim: "up 4% on a year earlier", "than a year ago". */
const SPAN_BASE = /\b(?:from|on|than|over|to|with)\s+an?\s+$/i;

/**
 * "postponed by a year", "a year and a half after", "a day early", "within an hour": a span of
 * one unit named by its article. Only with a word that makes it a span: "a day of mourning" is
 * none, "£4 a month" and "twice a year" are rates.
 */
function aSpanFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const b = before(ctx, pos, 24);
  const a = /\ban?\s+$/i.exec(b);
  if (!a) return null;
  const lead = b.slice(0, b.length - a[0].length);
  // A rate: "£4 a month", "twice a year", "5% a year", "three times a day".
  if (/(?:\d|%|\b(?:once|twice|times|thrice|per|each|every))\s*$/i.test(lead)) return null;
  const { text } = ctx;
  const end = pos + word.length;
  const after = SPAN_AFTER.exec(text.slice(end, Math.min(ctx.sentence.end, end + 20)));
  const cueBefore = SPAN_BEFORE.test(b);
  if (!after && !cueBefore) return null;
  // "than a year earlier", "on a year ago": the base of a comparison.
  if (/^\s+(?:earlier|ago|before|previously)\b/i.test(text.slice(end, end + 14)) && SPAN_BASE.test(b)) return null;
  const half = !!after && /and\s+a\s+half/i.test(after[0]);
  const stop = half ? end + after![0].length : end;
  const start = pos - a[0].length;
  return make(ctx, start, stop, { kind: 'duration', value: half ? 1.5 : 1, unit: word, precision: half ? 0.5 : 1 }, 0.7);
}

/**
 * "yesterday", "last night", "tonight", "tomorrow": a day counted from the article's date (a
 * relative reading, as "last year" is); no figure where the article's day is unknown.
 * (Not "yesterday's" before a noun it names: "yesterday's figures".)
 */
function relativeToPublication(ctx: Context, pos: number, length: number, offset: number): FoundFigure | null {
  const p = ctx.published?.date;
  if (!p || p.length < 10 || /^['’]s\b/.test(ctx.text.slice(pos + length, pos + length + 3))) return null;
  const day = new Date(`${p.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return make(ctx, pos, pos + length, { kind: 'date', unit: 'date', qualifier: 'exact', date: { start: day.toISOString().slice(0, 10), precision: 'day', resolution: 'relative' } }, 0.7);
}

/** "the next day", "the previous day", "the day before,": a day told from another, no event named after it. */
const DAY_FROM_BEFORE = /\bthe\s+(?:next|following|previous|preceding)\s+$/i;
// ("the day after that": after the day just told.)
const DAY_FROM_AFTER = /^\s+(?:before|after)(?:\s+that)?(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|as)\b)/i;

/**
 * "the next day", "the following day", "the day before,": a day counted from the last full date
 * before it in its paragraph (anchorCountedDays resolves it, and drops it where there is none).
 * Not "the day after the flood": a day told from an event is the event's relation.
 */
function relativeDayFigure(ctx: Context, pos: number, length = 3): FoundFigure | null {
  const { text } = ctx;
  const b = DAY_FROM_BEFORE.exec(before(ctx, pos, 20));
  // ("the following afternoon": a time of the day after, read as that day.)
  const a = b || length !== 3 ? null : /\bthe\s+$/i.exec(before(ctx, pos, 5)) && DAY_FROM_AFTER.exec(text.slice(pos + 3, pos + 16));
  if (!b && !a) return null;
  const start = b ? pos - b[0].length + b[0].search(/the/i) : pos - 4;
  const end = a ? pos + 3 + a[0].length : pos + length;
  return make(ctx, start, end, { kind: 'date', unit: 'date', qualifier: 'exact', date: { start: 'XXXX-XX-XX', precision: 'day', resolution: 'unresolved' } }, 0.7);
}

/**
 * "within a fortnight", "over the past fortnight", "a fortnight later": a span of fourteen days.
 * ("a fortnight ago" heads its clause as a date elsewhere; "a fortnight's holiday" is a span too.)
 */
function fortnightFigure(ctx: Context, pos: number): FoundFigure | null {
  const lead = /\b(?:an?|the\s+(?:past|last|previous|next|following))\s+$/i.exec(before(ctx, pos, 24));
  if (!lead) return null;
  // ("over the past fortnight" is during it: "over" before "the past" is no bound of it.)
  const start = /^an?\s/i.test(lead[0]) ? pos - lead[0].length : pos;
  return make(ctx, start, pos + 'fortnight'.length, { kind: 'duration', value: 14, unit: 'day', precision: 14 }, 0.7);
}

/** "half a million", "a quarter of a million": a count of the scale's fraction, with its noun. */
function fractionOfScale(ctx: Context, start: number, end: number, value: number): FoundFigure {
  const of = /^\s+of\b/.exec(ctx.text.slice(end, end + 5));
  const noun = countNoun(ctx, of ? end + of[0].length : end);
  return make(ctx, start, noun ? noun.end : end, { kind: 'count', value: Math.round(value), unit: noun?.noun ?? null, qualifier: 'approximately' }, 0.65, noun?.noun);
}

function ratioWordFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const { text } = ctx;
  const end = pos + word.length;
  const after = text.slice(end, end + 20);
  const lead = before(ctx, pos, 12);
  const ratio = (value: number, s = pos, e = end, unit = 'times') =>
    make(ctx, s, e, { kind: 'ratio', value, unit, qualifier: 'exact' }, 0.7);
  // "a quarter-point cut", "a half-point rise": a quarter or a half of a percentage point.
  const point = /^[- ]points?\b/i.exec(after);
  if (point && (word === 'quarter' || word === 'half')) return make(ctx, pos, end + point[0].length, { kind: 'percent', value: word === 'half' ? 0.5 : 0.25, unit: 'pp', qualifier: 'exact' }, 0.7);
  switch (word) {
    case 'twice':
      if (/^\s+a\s+(?:year|month|week|day)\b/.test(after)) return null; // a frequency
      return ratio(2);
    case 'doubled': return ratio(2);
    case 'tripled': return ratio(3);
    // "nearly double what economists expected", "a tripling of capacity": a ratio; "double
    // standards", "a double tap" are not.
    case 'double': case 'triple':
      if (!/\b(?:nearly|almost|roughly|about|more than|close to|over|than|is|was|were)\s+$/i.test(lead) && !/^\s+(?:what|that of|those of|the (?:number|figure|level|amount|rate|share))\b/i.test(after)) return null;
      return ratio(word === 'double' ? 2 : 3);
    case 'doubling': case 'tripling':
      return ratio(word === 'doubling' ? 2 : 3);
    case 'halved': return ratio(0.5);
    case 'half': {
      const dur = /^\s+an?\s+(century|decade|year|month|day|hour)\b/.exec(after);
      if (dur) return make(ctx, pos, end + dur[0].length, { kind: 'duration', value: 0.5, unit: dur[1]!, qualifier: 'exact', precision: 0.5 }, 0.7);
      if (/\b(?:first|second|other|latter|former|the)\s+$/i.test(lead)) return null;
      // ("half a dozen mills": six of them.)
      const scaled = /^\s+a\s+(thousand|million|billion|dozen)\b/i.exec(after);
      if (scaled) return fractionOfScale(ctx, pos, end + scaled[0].length, 0.5 * SCALE_WORD[scaled[1]!.toLowerCase()]!);
      // "cut by half": a change by a fraction of the level.
      if (!/^\s+(?:of|the|a|an|as|its|their|that)\b/.test(after) && !CHANGE_BY_BEFORE.test(before(ctx, pos, 50)) && !levelFraction(lead, after)) return null;
      return ratio(0.5, pos, end, 'fraction');
    }
    default: {
      // "a third of", "a quarter of"; "a quarter of a million" is a count
      const a = /\ba\s+$/i.exec(lead);
      // ("shrank by about a fifth": a change by a fraction of the level.)
      if (!a || !(/^\s+of\b/.test(after) || (!word.endsWith('s') && (CHANGE_BY_BEFORE.test(before(ctx, pos - a[0].length, 50)) || levelFraction(before(ctx, pos - a[0].length, 50), after))))) return null;
      const scaled = /^\s+of\s+a\s+(thousand|million|billion)\b/i.exec(after);
      const part = word.startsWith('third') ? 1 / 3 : word === 'fifth' ? 0.2 : word === 'tenth' ? 0.1 : 0.25;
      if (scaled && !word.endsWith('s')) return fractionOfScale(ctx, pos - a[0].length, end + scaled[0].length, part * SCALE_WORD[scaled[1]!.toLowerCase()]!);
      return ratio(part, pos - a[0].length, end, 'fraction');
    }
  }
}

/**
 * A fraction standing as a level, its whole left to the sentence: "fell to roughly a quarter in
 * 2023", "from about a third", "was just over half.", "Just over half: what the digest says". A
 * word of level before it, and after it nothing that makes it part of a noun ("a third party",
 * "half an hour", "a quarter century"): the end of the clause, or a preposition.
 */
const LEVEL_BEFORE_FRACTION = /(?:^|\b(?:to|from|at|was|were|is|are|stood|stands|reached|passed|passes|pass|topped|tops|top|cleared|clears|clear|crossed|crosses|cross|exceeded|exceeds|exceed|hit|over|under|towards|toward|nearing|approaching))\s*(?:(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under|close to|barely|only|well over|well under|just)\s+)?$/i;
// (A span or a moment after it is still the clause's: "passed half over a calendar year", "to clear half when the figures come out".)
const AFTER_LEVEL_FRACTION = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:in|by|from|to|last|this|a year|on|at|since|after|before|and|but|while|according|then|now|over|during|for|across|when|once|as)\b)/i;
/** A verb of taking and a bound before a fraction: "took less than a third", "won nearly half". (Not "won half.", with no bound.) */
const TOOK_BOUND_BEFORE_FRACTION = /\b(?:took|takes|won|wins|got|gets|had|has|made up|makes up|received|receives)\s+(?:about|around|roughly|nearly|almost|some|more than|less than|just over|just under|close to|well over|well under|barely)\s+$/i;
function levelFraction(lead: string, after: string): boolean {
  return (LEVEL_BEFORE_FRACTION.test(lead) || TOOK_BOUND_BEFORE_FRACTION.test(lead)) && AFTER_LEVEL_FRACTION.test(after);
}

/** A verb of change and "by", a qualifier at most, right before a fraction: "shrank by about a fifth", "cut by half". */
// (Its object may stand between: "raised their spending by a fifth"; so may "up" or "down":
// "applications are up by a third".)
export const CHANGE_BY_BEFORE = new RegExp(
  String.raw`\b(?:(?:${CHANGE_VERBS}|shr(?:ink|inks|ank|unk|inking)|expand(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|contract(?:s|ed|ing)?|slash(?:es|ed|ing)?)(?:\s+(?:their|its|the|his|her|our|this|that)\s+[a-z-]+(?:\s+[a-z-]+)?)?|(?:is|are|was|were|be|been)\s+(?:up|down))\s+by\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|just over|just under|close to)\s+)?$`,
  'i',
);

const MAGNITUDE: Record<string, [number, number]> = {
  dozens: [24, 99], hundreds: [200, 999], thousands: [2_000, 9_999], millions: [2_000_000, 9_999_999],
  'tens of thousands': [10_000, 99_999], 'hundreds of thousands': [100_000, 999_999],
  'tens of millions': [10_000_000, 99_999_999], 'hundreds of millions': [100_000_000, 999_999_999],
};

const SCALE_WORD: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** How many a vague word stands for: "several" three to nine, "a few" two to nine, "a couple of" two or three. */
const VAGUE: Record<string, [number, number]> = { several: [3, 9], 'a few': [2, 9], 'a couple of': [2, 3] };

/** "several hundred", "a few thousand tonnes", "a couple of dozen", "several years": an interval. */
function vagueFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const { text } = ctx;
  const phrase = word.toLowerCase().replace(/\s+/g, ' ');
  const [lo, hi] = VAGUE[phrase]!;
  const end = pos + word.length;
  const m = /^\s+(dozen|hundred|thousand|million|billion|years?|months?|weeks?|days?|decades?)\b/i.exec(text.slice(end, end + 16));
  if (!m) return null;
  const scaleWord = m[1]!.toLowerCase();
  const scale = SCALE_WORD[scaleWord];
  const stop = end + m[0].length;
  if (scale === undefined) {
    const unit = scaleWord.replace(/s$/, '');
    return make(ctx, pos, stop, { kind: 'duration', low: lo, high: hi, unit, qualifier: 'order_of_magnitude' }, 0.6);
  }
  // "a couple of dozen" is about two dozen: two or three of the scale, read as such.
  const of = /^\s+of\b/.exec(text.slice(stop, stop + 5));
  const noun = countNoun(ctx, of ? stop + of[0].length : stop);
  const unitAfter = MEASURE_AFTER;
  unitAfter.lastIndex = stop;
  const measured = unitAfter.exec(text);
  if (measured) {
    const unit = MEASURE_UNIT[unitKey(measured[1]!)] ?? measured[1]!.toLowerCase();
    return make(ctx, pos, stop + measured[0].length, { kind: 'measure', low: lo * scale, high: hi * scale, unit, qualifier: 'order_of_magnitude' }, 0.6);
  }
  return make(ctx, pos, noun ? noun.end : stop, { kind: 'count', low: lo * scale, high: hi * scale, unit: noun?.noun ?? null, qualifier: 'order_of_magnitude' }, 0.6, noun?.noun);
}

/** "dozens of", "hundreds", "tens of thousands of people": an interval, qualified by its order of magnitude. */
function magnitudeFigure(ctx: Context, pos: number, word: string): FoundFigure | null {
  const { text } = ctx;
  let phrase = word;
  let end = pos + word.length;
  const compound = /^\s+of\s+(thousands|millions)\b/i.exec(text.slice(end, end + 20));
  if (compound && (word === 'tens' || word === 'hundreds')) {
    phrase = `${word} of ${compound[1]!.toLowerCase()}`;
    end += compound[0].length;
  } else if (word === 'tens') {
    return null;
  }
  const range = MAGNITUDE[phrase];
  if (!range) return null;
  const of = /^\s+of\b/.exec(text.slice(end, end + 5));
  const noun = countNoun(ctx, of ? end + of[0].length : end);
  // "Tens of thousands went home": a compound magnitude is a figure with its noun left out; so is
  // one of a group named before ("dozens of them").
  if (!noun) return phrase.includes(' of ') || (of && /^\s+(?:them|those|these|us)\b/i.test(text.slice(end + of[0].length, end + of[0].length + 8))) ? make(ctx, pos, end, { kind: 'count', low: range[0], high: range[1], unit: null, qualifier: 'order_of_magnitude' }, 0.6) : null;
  const kind: FigureKind = /^(?:day|week|month|year|decade|century|hour)$/.test(noun.noun) ? 'duration' : 'count';
  return make(ctx, pos, noun.end, { kind, low: range[0], high: range[1], unit: noun.noun, qualifier: 'order_of_magnitude' }, 0.7, kind === 'count' ? noun.noun : undefined);
}

const WORD_AFTER = /\s+([A-Za-z][A-Za-z'-]*)/y;

/**
 * The noun a number counts, within the next four words: "2,000 nurses",
 * "three Ruritanian workers", "300 settlements and villages". Returns it singular.
 */
/** A noun of data or of a document right after a year-like number: "2024 results", "2025 budget". */
const YEAR_DATA_NOUN_AFTER = /^\s+(?:results|figures|data|numbers|estimates?|statistics|accounts|forecasts?|projections?|outturns?|budgets?|reports?|fact\s+sheets?|yearbooks?|editions?|surveys?|reviews?)\b/i;

/** Whether the number ending at `pos` counts the one word right after it. */
function countsNextWord(ctx: Context, pos: number): boolean {
  const found = countNoun(ctx, pos);
  const word = /^\s+[A-Za-z][\w'’-]*/.exec(ctx.text.slice(pos, pos + 40));
  return !!found && !!word && found.end <= pos + word[0].length;
}

function countNoun(ctx: Context, pos: number): { noun: string; end: number } | null {
  wholeNumberAt = -1;
  const found = countNounAt(ctx.text, pos, ctx.sentence.end, ctx.lexicon);
  // "more than the 200,000 economists expected": the noun is the subject of a clause about the
  // number, its "that" left out, not what the number counts. ("Some 200 economists expected a
  // rise" counts them.)
  if (found && FORESEER_VERB_AFTER.test(ctx.text.slice(found.end, found.end + 30)) && /\bthe\s+(?:[\d.,]+|[a-z-]+)(?:\s+(?:hundred|thousand|million|billion))?\s*$/i.test(ctx.text.slice(Math.max(0, pos - 40), pos))) return null;
  // "18 of the league's 32 members": the part's quote stops before the whole's number, a figure of its own.
  return found && wholeNumberAt >= 0 ? { noun: found.noun, end: wholeNumberAt } : found;
}

/** A verb of foreseeing right after a count's noun: "economists expected", "analysts had forecast". */
const FORESEER_VERB_AFTER = /^\s+(?:had\s+|have\s+)?(?:expected|forecast|forecasted|predicted|projected|anticipated|pencil+ed\s+in)(?=\s*(?:[.,;:!?)"”']|$|\b(?:for|in|on|by|at)\b))/i;
/** Where a partitive's whole has a number of its own ("of its 32 members"), or -1. */
let wholeNumberAt = -1;

const NUMBER_WORD_ONLY = new RegExp(`^(?:${NUMBER_WORD})$`);

function countNounAt(text: string, pos: number, limit: number, lex: Lexicon): { noun: string; end: number } | null {
  let i = pos;
  let capitalisedPlural: { noun: string; end: number } | null = null;
  // "74 dead", "300 wounded and 12 missing": an adjective of the counted, standing for them.
  let nominal: { noun: string; end: number } | null = null;
  for (let k = 0; k < 5; k++) {
    WORD_AFTER.lastIndex = i;
    const m = WORD_AFTER.exec(text);
    if (!m || i + m[0].length > limit) return capitalisedPlural ?? nominal;
    const w = m[1]!;
    const lower = w.toLowerCase();
    if (/'s?$/.test(w)) return null; // a possessive: "the 2020 strike's dates"
    i += m[0].length;
    if (k === 0 && lower === 'of') {
      // "3,773 of their workers", "18 of the league's 32 members"
      WORD_AFTER.lastIndex = i;
      const d = WORD_AFTER.exec(text);
      if (d && (DETERMINERS.has(d[1]!.toLowerCase()) || /['’]s$/.test(d[1]!))) i += d[0].length;
      const n = /^\s+\d[\d,]*(?=\s)/.exec(text.slice(i, i + 16));
      if (n) {
        wholeNumberAt = i;
        i += n[0].length;
      }
      continue;
    }
    if (/^[A-Z]/.test(w)) {
      // A demonym used as an adjective ("three Ruritanian workers"), or the counted people
      // themselves when nothing follows ("some 100,000 Ruritanians left").
      if (k >= 3) return null;
      // An acronym's plural counts its kind: "nine MPs", "40 NGOs".
      capitalisedPlural = /[a-z]s$/.test(w) && !w.endsWith('ss') ? { noun: singular(lower), end: i } : /^[A-Z]{2,}s$/.test(w) ? { noun: w.slice(0, -1), end: i } : null;
      continue;
    }
    // "Of the delegates, 12 were farmers", "the other 40 are volunteers": a bare count, then a
    // copula, then a plural noun phrase, which is what was counted ("12 were elected" goes on to
    // a participle and counts nothing).
    if (k === 0 && COPULAS.has(lower)) continue;
    if (STOP.has(lower)) return capitalisedPlural ?? nominal;
    // A number word starts a figure of its own: "up from 30 five years earlier".
    if (NUMBER_WORD_ONLY.test(lower)) return capitalisedPlural ?? nominal;
    // An adverb ("the 365 probably mixes …") ends a noun phrase that never began.
    const adjective = ADJECTIVES.has(lower) || lex.modifiers.has(lower);
    // "40 Freedonians living abroad", "300 Freedonians mostly stayed": the people named before
    // a word that is no noun of theirs.
    const people = capitalisedPlural;
    if (lower.length > 4 && lower.endsWith('ly') && !adjective) return people;
    capitalisedPlural = null;
    if (k === 0 && NOMINAL_ADJECTIVES.has(lower)) nominal = { noun: lower, end: i };
    if (adjective && k < 3) continue;
    if (isPluralWithoutS(lower, lex) || (lower.length > 3 && endsAsPlural(lower))) {
      // A compound takes its head: "personnel carriers", "border guards".
      WORD_AFTER.lastIndex = i;
      const next = WORD_AFTER.exec(text);
      const head = next?.[1];
      // "the figure of 67 matches the count": a verb before its object, not a counted noun.
      // (Only a sibilant's -es: "workers the firm sent home" is a noun before a relative clause.)
      if (k === 0 && head && /(?:ches|shes|xes|sses|zes)$/.test(lower) && /^(?:the|a|an|its|their|his|her|this|that|these|those)$/i.test(head)) return null;
      if (next && head && i + next[0].length <= limit && /^[a-z]+$/.test(head) && endsAsPlural(head) && !STOP.has(head)) {
        return { noun: singular(head), end: i + next[0].length };
      }
      return { noun: singular(lower), end: i };
    }
    // A singular noun in a compound ("armoured personnel carriers", "border guards"): go on.
    if (k < 3 && /^[a-z]+$/.test(lower) && !NOT_NOUNS.has(lower)) {
      const rest = /^\s+([a-z]+)/.exec(text.slice(i, i + 30));
      if (rest && endsAsPlural(rest[1]!) && !STOP.has(rest[1]!)) continue;
    }
    return people;
  }
  return capitalisedPlural;
}

export function singular(word: string): string {
  if (word === 'people' || word === 'personnel' || word === 'police' || word === 'staff' || word === 'cattle' || word === 'livestock') return word;
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word === 'children') return 'child';
  if (word === 'lives') return 'life';
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|[^aeiou]uses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && (!SINGULAR_IN_S.test(word) || PLURAL_IN_US.has(word))) return word.slice(0, -1);
  return word;
}
