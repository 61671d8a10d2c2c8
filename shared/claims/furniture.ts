import type { Segmentation } from '../split/segment.ts';
import type { ArticleText } from '../read/types.ts';
import { matchDate, MONTH_RE, WEEKDAYS } from '../extract/dates.ts';

/**
 * Page furniture: the parts of a page that are not the article's claims — bylines and their
 * reading times ("By A. Writer · 6 September 2024 · 5 min read"), update stamps, membership
 * banners ("Join 48,000 readers"), photo captions and credits, notes on the author, a live
 * blog's entry stamps ("09:15 IST, 4 June:"), and the dateline before a wire story
 * ("BRUSSELS, Feb 14 (Agency) –"). Their figures are kept out of the claims; a full date in
 * a byline or a dateline is the article's stated publication date.
 *
 * Found three ways: short lines of the readable text by their shape, captions and banners by
 * the markup that holds them (HTML figcaption, aside and byline/banner/caption classes; a
 * Markdown image's emphasised caption line), and the dateline at a paragraph's start.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Furniture {
  skip: Span[];
  /** A full date stated in a byline or dateline: the article's publication date. */
  published: { date: string; start: number; end: number } | null;
}

/** Separators of a metadata line: "By X · 6 September 2024 · 5 min read". */
const META_SEPARATOR = /\s[·•]\s/;
/** "5 min read", "3-minute read", "4 min listen", "Reading time: 3 minutes". */
const READING_TIME = /\b\d+[\s-]*min(?:ute)?s?\.?\s+(?:read|listen|watch)\b|\b(?:reading|listening|running|run) ?time\b\W{0,3}(?:(?:about|around|roughly|approx(?:imately|\.)?|some|under|over|just)\s+)?\d+\s*min/i;
/**
 * How a metadata line starts: a credit before a name ("By A. Writer"), a label standing alone
 * or before a separator ("Analysis ·", "Live:"), a stamp's verb before a date or time
 * ("Updated 14:30", "Published on 3 May"). Not a sentence that starts with such a word ("By
 * 2030 the share will be 40%", "Updated figures show …").
 */
const META_LEAD = /^(?:(?:opinion|analysis|comment|explainer|live)\s*(?:$|[:|·•–—-])|(?:updated|published|posted|last updated|first published|last modified|modified)(?:\s+(?:on|at))?\s*:?\s*(?:\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;
/**
 * A banner: an offer to join, subscribe or support, or an appeal to readers to write in ("Have a
 * question? 2,500 readers have written to us", "Get this round-up by email for £2.99 a month").
 */
const BANNER = /\b(?:join(?:\s+(?:our|the))?\s+[\d,.]+|subscribe|subscribers|sign up|signed up|sign-up|newsletter|(?:our|your|a|annual|monthly)\s+membership|membership\s+(?:costs?|starts?|from|is|of\s+(?:just|only)?\s*[$€£\d])|become a member|become one of [\d,.]+|and counting|support (?:independent|our) (?:journalism|coverage|reporting)|(?:write|written|wrote|email|e-mail|send|sent) (?:to )?us|get in touch|contact us|(?:get|receive|have) (?:this|our|the) [\w -]{1,30}? by e-?mail|in your inbox|(?:reader|listener|viewer|member)-(?:funded|supported|owned)|(?:paid for|funded|supported|kept going|made possible) by [\d,.]+ (?:readers|listeners|viewers|members|supporters|subscribers|donors)|(?:is |are )?read by [\d,.]+ (?:people|readers|subscribers)|join (?:them|us)|(?:our|us)\b[^.?!]{0,40}\b(?:readers?|listeners?|viewers?|supporters?|subscribers?|donors?)|(?:readers|listeners|viewers|supporters|subscribers|donors)\b[^.?!]{0,40}\b(?:us|our))\b|[$€£]\s?\d+(?:[.,]\d+)?\s+(?:a|per)\s+(?:month|year|week)\b/i;
/**
 * A line that is only a date, a weekday before it at most ("Thursday 14 September 2023"), or a
 * stamp's verb ("Compiled 21 August 2008", "Updated: 3 May 2024").
 */
const STAMP_DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})`;
const LABELLED_DATES = new RegExp(String.raw`^[*_]*\p{Lu}[\p{L} ]{2,30}[*_]*:\s*${STAMP_DATE}(?:\s*(?:and|&|,)\s*${STAMP_DATE})*\.?$`, 'iu');
const DATE_LINE = new RegExp(String.raw`^(?:(?:compiled|filed|issued|updated|published|posted|released|aired|broadcast|last updated|first published|last modified)(?:\s+on)?:?\s+)?${STAMP_DATE}$`, 'i');
/**
 * A stamp heading the article's first lines, with text after it on the same line: "date
 * 2021-01-19 By A. Writer", "Published: 3 May 2024 – The council said …", or a bare ISO date
 * ("2024-05-03 The council …"), which running prose does not start with.
 */
const LEAD_STAMP = new RegExp(String.raw`^\s*(?:(?:(?:date|dated|compiled|filed|issued|updated|published|posted|released|aired|broadcast|recorded|taped|filmed|last updated|first published|last modified)(?:\s+on)?\s*:?\s+)${STAMP_DATE}|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}])[\s|·•,–—-]*`, 'iu');
/**
 * A head line of a place and the day (and time) a piece was issued, and nothing else: "Brussels
 * and London · 10 June 2025", "Washington, Thursday, November 7, 2024, 2:30 p.m. ET".
 */
const PLACE_DATE_LINE = new RegExp(String.raw`^[*_]*[A-Z][A-Za-z .'’-]{1,40}?(?:\s[·•|]\s|,\s+)${STAMP_DATE}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?[*_]*$`, 'i');
/** How far into the article a date line stands in front of the text. */
const HEAD_PARAGRAPHS = 6;
const CAPTION = /^[[(*_]*\s*(?:photo|photograph|image|picture|pictured|caption|file photo|credit|illustration|video|chart|graphic|map|source|sources)(?:\s+(?:caption|source|credit))?\b\s*[:.,-]|^\[\s*(?:slide|figure|fig\.?|chart|table|graphic|map|image|photo|exhibit)\s*\d+\b[^\]\n]*\]\s*$|\b(?:photo|image|picture)\s+\d+\s+of\s+\d+\b|\((?:photo|image|picture)s?(?:\s+credit)?:[^)]*\)\s*$|(?:^|\s)(?:photo|image)s?:\s*[\p{Lu}][^.]{0,60}$/iu;
/** "BRUSSELS, Feb 14 (Norland Press) –": a place in capitals, a date, an agency, a dash. */
// (Places joined by a slash, "NEW YORK/TORONTO, Dec 6 (Agency) –", as a story filed from two.)
const DATELINE = /^\s*[\p{Lu}][\p{Lu} .'’\/-]{2,40},\s+([^()\n]{3,30}?)\s*\(([^()\n]{2,40})\)\s*[–—-]+\s*/u;
/**
 * A photo's credit after its caption's last full stop: "… on 26 Dec. 2022. (Tomas Varga/Northwire
 * via Lumen Images)", "(AP Photo/Jane Doe)". In a story's sentence the brackets come before the
 * full stop.
 */
const PHOTO_CREDIT = /[.!?]\s*\((?:[Pp]hoto(?:graph)?\s+by\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*\s*\/\s*[\p{Lu}][^()\n]{1,50}\)\s*$/u;
const SHORT_LINE = 220;
/**
 * A live blog's entry stamp at a paragraph's start: "09:15 IST, 4 June: Counting begins",
 * "10:02 GMT – Moscow's count". The time (and the date beside it) says when the entry was
 * written, not when anything it reports happened.
 */
/** A transcript's numbered speaker heading a line: "SPEAKER 1 (00:02:11):", "Caller 2:". */
const SPEAKER_LABEL = /^\s*[*_]*(?:speaker|participant|caller|respondent|interviewee|voice)\s+\d{1,2}\b(?:\s*\([\d:.]+\))?[^:\n]{0,24}?:[*_]*\s/i;
const ENTRY_STAMP = /^\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?(?:,?\s+[^:\n–—]{3,30}?)?\s*(?::|\s[–—-])\s/i;
/**
 * A line of the page around the story: a credit in brackets ("(Reporting by …; Editing by …)"),
 * links to other pieces ("Related:", "Read more:"), a copyright line, tags, sharing and following
 * prompts, an editor's note of a correction ("This article was amended on …").
 */
const PAGE_LINE = /^[*_]*\s*(?:\((?:reporting|editing|writing|additional reporting|compiled|translated) by\b|translated(?:\s+from\s+the\s+[A-Za-z]+)?\s+by\b|original(?:ly)?\s+published\b|\d+\s+(?:comments?|replies|responses)\s*$|(?:additional )?reporting by\b|(?:related|read more|read also|see also|more on this|recommended|most read|listen|watch|tags|topics|filed under|next week|next time|next episode|next issue|next bulletin|coming up|coming soon|tomorrow|weather|in the next (?:issue|episode|edition))(?:\s+on\s+[^:\n]{1,40})?\s*:|embargoed\b|for immediate release\b|this page was last (?:edited|updated|modified)\b|(?:today['’]s |this )?(?:(?:issue|episode|edition|newsletter|podcast|show)\s+(?:is |was )?(?:sponsored|brought to you|supported) by|sponsored by)\b|©|copyright\b|all rights reserved|share this\b|follow (?:us|our)\b|(?:this|an earlier version of this) (?:article|story|piece) (?:was|has been|is) (?:amended|corrected|updated)|corrections?(?:,\s*[^:\n]{3,30})?\s*:|clarification\s*:|editor['’]s note\s*:|comments?\s*\(\d+\)\s*$)/i;

/**
 * A notice of how long a recording of the broadcast stays up: "A replay will be available for 30
 * days", "The recording remains online for two weeks". The page's service, not a claim.
 */
const REPLAY_NOTICE = /\b(?:replay|recording|webcast|podcast)\b[^.?!]{0,40}\b(?:will (?:be|remain|stay)|is|remains|stays) (?:available|online)\b/i;

/**
 * A note on a named writer: a name of two to four capitalised words, then what the writer is or
 * did ("is chief economist at", "spent 14 years as", "has covered", "teaches", "writes"), and a
 * word of a writer's trade in the note.
 */
const WRITER_NOTE = /^[*_]*\s*[A-Z][A-Za-zÀ-ÿ’'.-]+(?:\s+[A-Z][A-Za-zÀ-ÿ’'.-]+){1,3}\s+(?:is|was|spent|has been|has covered|has reported|served|teaches|taught|writes|wrote|covers|covered|reports|reported)\b[^\n]*\b(?:economist|correspondent|editor|writer|columnist|professor|lecturer|fellow|analyst|researcher|reporter|journalist|author|statistician|director|consultant)s?\b/;
/** The longest closing note on the writer. */
const CLOSING_NOTE = 600;
/** The last paragraph of the article that holds words (a rule or an empty line after it does not count). */
function lastProse(segmentation: Segmentation, text: string): number {
  for (let k = segmentation.paragraphs.length - 1; k >= 0; k--) {
    const p = segmentation.paragraphs[k]!;
    if (/\p{L}/u.test(text.slice(p.start, p.end))) return k;
  }
  return -1;
}

/** A note on the writer, usually set apart at the end: "The author is a former statistician who …". */
const AUTHOR_NOTE = /^[*_]*\s*(?:the\s+)?(?:author|writer|columnist|reporter)s?\s+(?:is|was|are|were|has|have|teaches|works|worked|writes|spent)\b/i;

/**
 * A line that is only a day and a clock time: a live blog's entry stamp ("Fri 5 July, 11:40",
 * "14:05 BST, 30 September"). When the entry was written, not when anything happened.
 */
const STAMP_DAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?`;
const STAMP_TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?`;
const STAMP_LINE = new RegExp(String.raw`^[*_\[]*(?:${STAMP_DAY}(?:,|\s[·•|])?\s+(?:at\s+)?${STAMP_TIME}|${STAMP_TIME}(?:,|\s[·•|])?\s+${STAMP_DAY})[*_\]]*$`, 'i');
/**
 * A dateline with no agency: "HAMBURG and LONDON, 9 April 2025 –". The capitals' place and the
 * day the piece was filed, before the story's first words.
 */
const PLAIN_DATELINE = /^\s*\p{Lu}[\p{Lu}.'’\/-]+(?:\s+(?:and|&)?\s*\p{Lu}[\p{Lu}.'’\/-]+)*,\s+((?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4})\s*[–—-]+\s+/u;

/** The heading of a list of sources. */
const REFERENCES_HEADING = /^[#*_\s]*(?:references|sources|bibliography|further reading|works cited|citations|sources and further reading)[*_\s:]*$/i;
/** A source's line: when it was looked up. */
// (At the line's end, as a reference puts it: "Data accessed on 3 July 2025 show 40 mills" is a sentence.)
const REFERENCE_LINE = /\b(?:retrieved|accessed|archived)(?:\s+(?:on|from))?\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}[.)\]*_\s]*$/iu;
/** The label of a Markdown footnote's text, right before it on its line: "[^2]: ". */
const FOOTNOTE_DEFINITION = /(?:^|\n)[ \t]*\[\^[^\]\n]+\]:[ \t]*$/;
/** Whether the readable text at `start` is a footnote's text: its label stands before it in the original. */
function footnoteText(article: Pick<ArticleText, 'original' | 'map'>, start: number): boolean {
  const at = article.map.at(start);
  return FOOTNOTE_DEFINITION.test(article.original.slice(Math.max(0, at - 24), at));
}

/** A heading's mark right before the readable text at a point: "## " in Markdown, "<h2 …>" in HTML. */
const HEADING_MARK = /(?:(?:^|\n)[ \t]*#{1,6}[ \t]+|<h[1-6][^>]*>\s*)$/i;
/** A line wholly in quotation marks, with nothing after the closing mark: "“Five floods, one ledger”". */
const QUOTED_LINE = /^["“'‘][^"“”\n]+["”'’]$/;
/**
 * Whether a paragraph is a heading that is the quoted title of a work (a talk's, a report's, a
 * book's): the figures of a title name the work, and the text claims none of them.
 */
function quotedTitle(article: Pick<ArticleText, 'original' | 'map'>, start: number, line: string): boolean {
  if (!QUOTED_LINE.test(line)) return false;
  const at = article.map.at(start);
  return HEADING_MARK.test(article.original.slice(Math.max(0, at - 40), at));
}
/** A wire's currency line: "($1 = 0.7742 pounds)", "(£1 = €1.19)". */
const CURRENCY_LINE = /^\(\s*[$€£¥]\s?1\s*=\s*[$€£¥]?\s?[\d.,]+\s*[\p{L} ]{0,20}\)$/u;
/** A social-media handle: a post's byline or a reply's. */
const HANDLE = /(?:^|\s|[*_])@[A-Za-z0-9_]{2,}/;

/**
 * A page's notes on the piece itself, wherever they stand: its age ("This article is more than 2
 * years old"), a stamp told from now ("2 hours ago"), where and when it first ran ("This story was
 * originally published on …", "Originally posted on …", "Filed at 14:03 on 4 March 2025"), a
 * photograph's licence ("Photo (cc) 2017 by …"), a player's or a link's own words ("Video duration
 * 02:31", "Listen (6 min)", "Click here to read 5 more stories"), an issue's or an episode's number,
 * a post's counters ("347 points · 82 comments", "1.2K Reposts 3K Likes").
 */
const COUNTER = String.raw`(?:[^\w\s]{0,2}\s*[\d.,]+[KkM]?\s+(?:reposts?|retweets?|likes?|comments?|replies|shares?|views?|points?|upvotes?)|reply|share|[·•|])`;
/** Each kind of note, small, behind a gate of its words (GATES): most lines compile none of them. */
const PIECE_NOTES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bold\b/i, /^[*_]*this (?:article|story|piece|page) is (?:more|over|less) than \S+ (?:years?|months?|weeks?|days?) old/i],
  [/\bago\b/i, /^[*_]*(?:(?:(?:last )?(?:updated|edited|modified) |posted |published )?\d+ ?(?:seconds?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|years?|y) ago\.?[*_]*$|(?:posted|submitted) by \S+ \d+ \S+ ago\b)/i],
  [/^[*_]*(?:issue|episode|ep\.|page|part|chapter|season|slide|-\s*30)/i, /^[*_]*(?:(?:issue|episode|ep\.)\s*#?\d+\b|(?:-\s*30\s*-|(?:page|part|episode|chapter|season|slide)\s+\d+(?:\s+of\s+\d+)?(?:,\s*(?:episode|part)\s+\d+)?\.?)[*_]*$)/i],
  [/repost|retweet|like|comment|repl|share|view|point|upvote|edited|^[\s·•|.*_]+$/i, new RegExp(String.raw`^[*_]*(?:${COUNTER}|edited \d+ times?)(?:\s*${COUNTER})*\.?$`, 'i')],
  [/originally|first/i, new RegExp(String.raw`^[*_]*(?:this (?:article|story|piece) was )?(?:originally|first) (?:published|posted|appeared)(?: (?:in|by) [^.,]{1,40}?)?(?: on)? (?:${STAMP_DATE}|\d{1,2}/\d{1,2}/\d{2,4})\.?[*_]*$`, 'i')],
  [/^[*_]*(?:filed|posted|published|updated)/i, new RegExp(String.raw`^[*_]*(?:filed|posted|published|updated)(?: at ${STAMP_TIME})? on ${STAMP_DATE}\.?[*_]*$`, 'i')],
  [/video|click|series|min\)/i, /^[*_]*(?:video duration|click here)\b|\bin an? \S+-part series\b|\bwatch the [^.]{0,20}video\b|\b(?:listen|watch)\s*\(\d+\s*min(?:ute)?s?\)/i],
  [/\(cc\)|©|copyright/i, /\b(?:photo|image|picture)s? (?:\(cc\)|©|copyright)/i],
  [/^\(\d/, /^\(\d+\s+of\s+\d+\)$/],
];
const pieceNote = (line: string) => PIECE_NOTES.some(([gate, note]) => gate.test(line) && note.test(line));
/**
 * Words without which a costly pattern cannot match, tested first. The page-furniture patterns
 * are compiled on their first use, which costs a short article's check more than its reading
 * (BENCHMARKS.md, section 2b); most lines hold none of their words and never compile them.
 * Each gate is implied by its pattern: it changes no result (tests/claims/furniture-gates.test.ts).
 */
export const GATES = {
  BANNER: /join|subscri|sign(?:ed)?[ -]up|newsletter|membership|become (?:a member|one of)|member-|and counting|supporter|supported by|support (?:independent|our)|(?:write|wrote|written|mail|send|sent) (?:to )?us|in touch|contact us|by e-?mail|inbox|reader|listener|viewer|donor|funded|paid for|kept going|made possible|read by|[$€£]\s?\d[\d.,]*\s+(?:a|per)\s/i,
  PAGE_LINE: /^[*_]*\s*(?:\((?:reporting|editing|writing|additional|compiled|translated)|translated|original|\d+\s+(?:comment|repl|respons)|additional|reporting by|related|read (?:more|also)|see also|more on this|recommended|most read|listen|watch|tags|topics|filed under|next|coming|tomorrow|weather|in the next|embargoed|for immediate|this (?:page|article|story|piece|issue|episode|edition|newsletter|podcast|show|sponsored)|today|issue|episode|edition|newsletter|podcast|show|sponsored|©|copyright|all rights|share this|follow|an earlier|correction|clarification|editor|comment)/i,
  CAPTION: /photo|image|picture|caption|credit|illustration|video|chart|graphic|map|source|slide|fig|table|exhibit/i,
  REFERENCE_LINE: /retrieved|accessed|archived/i,
  READING_TIME: /min/i,
  META_LEAD: /^(?:by|compiled|written|reporting|words|summary|photo|text|opinion|analysis|comment|explainer|live|updated|published|posted|last|first|modified)/i,
  PHOTO_CREDIT: /\/[\s\S]*\)\s*$/,
  DATELINE: /\([\s\S]*\)[\s\S]*[–—-]/,
  PLAIN_DATELINE: /,[\s\S]*[–—-]/,
  STAMP_LINE: /\d[:.]\d\d/,
  ENTRY_STAMP: /^\s*\d{1,2}:\d/,
  LABELLED_DATES: /^[*_]*[^:\d]{3,}:[\s\S]*\d\.?$/,
  LEAD_STAMP: /^\s*(?:date|compiled|filed|issued|updated|published|posted|released|aired|broadcast|recorded|taped|filmed|last|first|\d)/i,
  DATE_LINE: /\d$/,
  PLACE_DATE_LINE: /(?:\s[·•|]\s|,\s+)[\s\S]*\d/,
} as const;
/** Each gate beside its pattern, for the test that holds the gate implied by it. */
export const GATED: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['BANNER', GATES.BANNER, BANNER],
  ['PAGE_LINE', GATES.PAGE_LINE, PAGE_LINE],
  ['CAPTION', GATES.CAPTION, CAPTION],
  ['REFERENCE_LINE', GATES.REFERENCE_LINE, REFERENCE_LINE],
  ['READING_TIME', GATES.READING_TIME, READING_TIME],
  ['META_LEAD', GATES.META_LEAD, META_LEAD],
  ['PHOTO_CREDIT', GATES.PHOTO_CREDIT, PHOTO_CREDIT],
  ['DATELINE', GATES.DATELINE, DATELINE],
  ['PLAIN_DATELINE', GATES.PLAIN_DATELINE, PLAIN_DATELINE],
  ['STAMP_LINE', GATES.STAMP_LINE, STAMP_LINE],
  ['ENTRY_STAMP', GATES.ENTRY_STAMP, ENTRY_STAMP],
  ['LABELLED_DATES', GATES.LABELLED_DATES, LABELLED_DATES],
  ['LEAD_STAMP', GATES.LEAD_STAMP, LEAD_STAMP],
  ['DATE_LINE', GATES.DATE_LINE, DATE_LINE],
  ['PLACE_DATE_LINE', GATES.PLACE_DATE_LINE, PLACE_DATE_LINE],
  ...PIECE_NOTES.map(([gate, note], k) => [`PIECE_NOTES[${k}]`, gate, note] as const),
];
/** A pattern's test behind its gate. */
const gated = (gate: RegExp, pattern: RegExp, line: string) => gate.test(line) && pattern.test(line);

/**
 * A credit before a name: "By A. Writer", "BY ANA RUIZ", "By June Osei". The name is
 * capitalised as written (the pattern is case-blind for "By", so the case is tested apart), and
 * a month's or a weekday's name is a name only before another capitalised word: "By February
 * 2009 the guild had counted 64", "By then 64 had died" and "By Friday, 12 mills had shut"
 * start sentences.
 */
const CREDIT = /^(?:by|compiled by|written by|reporting by|words by|summary by|photos? by|text by)\s+(\S+)(\s+\S)?/i;
const DATE_NAME = new RegExp(`^(?:${MONTH_RE}|${WEEKDAYS.join('|')})\\.?,?$`, 'i');
function creditLine(line: string): boolean {
  const m = CREDIT.exec(line);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return false;
  return !DATE_NAME.test(m[1]!) || /^\s+\p{Lu}/u.test(m[2] ?? '');
}
/** A byline, a reading time, a stamp: a line of the page's data, not of the story. */
const isMeta = (line: string) => gated(GATES.READING_TIME, READING_TIME, line) || ((gated(GATES.META_LEAD, META_LEAD, line) || (GATES.META_LEAD.test(line) && creditLine(line))) && (META_SEPARATOR.test(line) || line.length <= 80)) || line.split(META_SEPARATOR).length >= 3;
/** What is left of "Updated 20 June 2024, 09:15 CET" after its date: a clock time. */
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;

export function findFurniture(article: Pick<ArticleText, 'original' | 'text' | 'map' | 'format'>, segmentation: Segmentation): Furniture {
  const { text } = article;
  const skip: Span[] = [];
  let published: Furniture['published'] = null;
  const dateIn = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      if (!/[A-Z0-9]/i.test(text[i]!) || (i > start && /[\p{L}\p{N}]/u.test(text[i - 1]!))) continue;
      const d = matchDate(text, i, end, '', undefined);
      if (d && d.date.precision === 'day' && d.date.resolution === 'explicit') return { date: d.date.start, start: i, end: d.end };
    }
    return null;
  };
  let inReferences = false;
  segmentation.paragraphs.forEach((p, k) => {
    const raw = text.slice(p.start, p.end);
    const line = raw.trim();
    // A document's head of labelled dates: "Hearings: 14 June 2010 and 21 September 2010" of a case,
    // "Judgment delivered: 9 November 2010" (its own lines, among others of the head).
    if (k < HEAD_PARAGRAPHS) {
      let at = p.start;
      for (const l of raw.split('\n')) {
        if (gated(GATES.LABELLED_DATES, LABELLED_DATES, l.trim())) skip.push({ start: at, end: at + l.length });
        at += l.length + 1;
      }
    }
    if (k < HEAD_PARAGRAPHS && (gated(GATES.DATE_LINE, DATE_LINE, line) || gated(GATES.PLACE_DATE_LINE, PLACE_DATE_LINE, line))) {
      skip.push({ start: p.start, end: p.end });
      published ??= dateIn(p.start, p.end);
      return;
    }
    // A stamp with the story's first words after it: the stamp alone is the page's; with a byline
    // or a clock time after it, or items set apart by dots ("· 6 min read"), the whole line.
    const lead = k < HEAD_PARAGRAPHS && GATES.LEAD_STAMP.test(raw) ? LEAD_STAMP.exec(raw) : null;
    const rest = lead ? raw.slice(lead[0].length).trim() : '';
    if (lead) {
      const whole = !rest || CLOCK.test(rest) || isMeta(rest) || META_SEPARATOR.test(line);
      skip.push({ start: p.start, end: whole ? p.end : p.start + lead[0].length });
      published ??= dateIn(p.start, p.start + lead[0].length);
      return;
    }
    // A list of references after its heading ("References", "Further reading"), to the next
    // heading: the sources' own dates and titles, not the article's claims.
    if (REFERENCES_HEADING.test(line)) {
      inReferences = true;
      return;
    }
    if (inReferences) {
      // (Each entry a short paragraph naming a year or an address; a heading or a paragraph of
      // prose ends the list.)
      if ((line.length <= 40 && !/[.:;,]$/.test(line) && !/^\d/.test(line)) || line.length > 400 || !/\b(?:1[89]|20)\d\d\b|https?:|www\./.test(line)) inReferences = false;
      else {
        skip.push({ start: p.start, end: p.end });
        return;
      }
    }
    // A footnote's text ("[^2]: Department for Energy, Energy Trends, March 2025, section 6."):
    // a source cited, with its own dates and section numbers, when it names a year or an address.
    if (article.format === 'markdown' && line.length <= 400 && /\b(?:1[89]|20)\d\d\b|https?:|www\./.test(line) && footnoteText(article, p.start)) {
      skip.push({ start: p.start, end: p.end });
      return;
    }
    // A reference's line anywhere: "… Reuters, 7 February 2025. Retrieved 3 July 2025."
    if (gated(GATES.REFERENCE_LINE, REFERENCE_LINE, line)) {
      skip.push({ start: p.start, end: p.end });
      return;
    }
    // A note on the writer closing the article: "Helen Marchetti spent 14 years as a regional
    // economist …", "Ana Ruiz is chief economist at …" — the writer's life, not the story's claims.
    if (k >= segmentation.paragraphs.length - 2 && line.length <= CLOSING_NOTE && WRITER_NOTE.test(line) && k === lastProse(segmentation, text)) {
      skip.push({ start: p.start, end: p.end });
      return;
    }
    if (line.length > 0 && line.length <= SHORT_LINE) {
      if (quotedTitle(article, p.start + raw.indexOf(line), line)) {
        skip.push({ start: p.start, end: p.end });
        return;
      }
      const meta = isMeta(line) || (RUNNING_HEAD.test(line) && RUNNING_HEAD_PART.test(line)) || (HANDLE.test(line) && META_SEPARATOR.test(line));
      // (An entry stamp's day is the entry's, not the publication's.)
      if (meta || gated(GATES.STAMP_LINE, STAMP_LINE, line) || CURRENCY_LINE.test(line) || gated(GATES.BANNER, BANNER, line) || gated(GATES.CAPTION, CAPTION, line) || gated(GATES.PHOTO_CREDIT, PHOTO_CREDIT, line) || AUTHOR_NOTE.test(line) || gated(GATES.PAGE_LINE, PAGE_LINE, line) || REPLAY_NOTICE.test(line) || pieceNote(line)) {
        skip.push({ start: p.start, end: p.end });
        if (meta) published ??= dateIn(p.start, p.end);
        return;
      }
    }
    const stamp = (GATES.ENTRY_STAMP.test(raw) ? ENTRY_STAMP.exec(raw) : null) ?? SPEAKER_LABEL.exec(raw);
    if (stamp) {
      skip.push({ start: p.start, end: p.start + stamp[0].length });
      return;
    }
    const dl = (GATES.DATELINE.test(raw) ? DATELINE.exec(raw) : null) ?? (GATES.PLAIN_DATELINE.test(raw) ? PLAIN_DATELINE.exec(raw) : null);
    if (dl) {
      skip.push({ start: p.start, end: p.start + dl[0].length });
      published ??= dateIn(p.start, p.start + dl[0].length);
    }
  });
  for (const s of markupFurniture(article)) skip.push(s);
  for (const s of itemNumbers(text)) skip.push(s);
  for (const m of text.matchAll(PHONE)) skip.push({ start: m.index!, end: m.index! + m[0].length });
  return { skip: skip.sort((a, b) => a.start - b.start), published };
}

/**
 * A printed page's running head: a line of parts parted by bars or dots that names the page or the
 * paper's founding ("Friday 4 October 2024 | Page 22 | Est. 1871"). Its date is the issue's.
 */
// (Not a table's row, which opens with a bar: "| Founded 1990 | 40 clubs |" is data.)
const RUNNING_HEAD = /^(?!\s*\|)[^\n]{0,80}(?:\s[|·•]\s)[^\n]{0,80}$/;
const RUNNING_HEAD_PART = /(?:^|[|·•]\s*)(?:page|p\.|pp\.|vol\.?|volume|issue|no\.|est\.?|established)\s*\d+\s*(?=[|·•]|$)/im;
/** A telephone number: "call 020 7946 0381", "+44 20 7946 0381". A figure never opens with a 0 before more digits. */
const PHONE = /(?<![\p{L}\p{N}.,])(?:\+\d{1,3}[ .-]?\(?\d{1,4}\)?|\(?0\d{1,4}\)?)(?:[ .-]\d{2,4}){2,3}(?![\p{L}\p{N}]|[.,]\d)|(?<=\b(?:[Cc]all|[Pp]hone|[Tt]el|[Tt]ext|[Ff]ax)\.?:?\s+)\d{3}-\d{4}\b/gu;

/** A number heading a line and followed by a full stop or bracket, before the item's words: "2. The flooded mills". */
// (And a numbered paragraph of a report, "1.2 Ostria runs its own count", "2.4.1 …".)
const ITEM_NUMBER = /(?:^|\n)[ \t]*(\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?))[ \t]+(?=[\p{Lu}"“‘'(])/gu;
/** A number heading a line, after a heading's hashes or emphasis at most, and a full stop or bracket: a list's item number. */
const LIST_HEAD = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,2})?(\d{1,2})[.)](?:[*_]{1,2})?[ \t]+(?=\S)/g;
/** An item number inside a line: after the line's start, a space, a colon or emphasis, before a space. */
const INLINE_ITEM = /(?<=^|[\s:*(])(\d{1,2})[.)]\s+(?=\S)/g;
/** Where such a run may start: an item numbered one. */
const INLINE_FIRST = /(?<=^|[\s:*(])1[.)]\s+(?=\S)/gm;
/** A thread's post counter at the head of its post: "1/12 🧵 …", "**3/12** …". */
const POST_COUNTER = /(?:^|\n)[ \t*_]*(\d{1,3}\s*\/\s*\d{1,3})(?![\d.,%])/g;
/** A table row whose first cell is a number alone: "| 3 | …". */
const ROW_NUMBER = /(?:^|\n)\|[ \t]*(\d{1,3})[ \t]*\|/g;

/**
 * The numbers that order a list or a table's rows, not figures of the article: items numbered
 * at the head of their lines ("1. Mills and dams.", "## 2. The flooded mills"), and a table's
 * first column counting its rows 1, 2, 3 … (two rows at least, each one more than the last).
 */
function itemNumbers(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [ITEM_NUMBER, POST_COUNTER]) {
    for (const m of text.matchAll(re)) {
      const start = m.index! + m[0].indexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length });
    }
  }
  // A numbered list, whatever its items start with ("1. publish the queue", "2. 5 — days of
  // fighting", "## 3. Germany"): a number heading a line, where the number before or after it
  // heads another line too.
  const heads = [...text.matchAll(LIST_HEAD)].map((m) => ({ n: Number(m[1]), start: m.index! + m[0].lastIndexOf(m[1]!, m[0].length - 1) }));
  const numbers = new Set(heads.map((h) => h.n));
  for (const h of heads) if (numbers.has(h.n - 1) || numbers.has(h.n + 1)) out.push({ start: h.start, end: h.start + String(h.n).length });
  // A run numbered from one inside a line: "Answers: 1. A Sunday. 2. Scotland. 3. More than 1.2 billion."
  // (Only lines that hold a "1." are read: a run starts there.)
  let lineDone = -1;
  for (const one of text.matchAll(INLINE_FIRST)) {
    if (one.index! < lineDone) continue;
    const from = text.lastIndexOf('\n', one.index!) + 1;
    const to = text.indexOf('\n', one.index!);
    lineDone = to < 0 ? text.length : to;
    let want = 1;
    const run: Span[] = [];
    for (const m of text.slice(from, lineDone).matchAll(INLINE_ITEM)) {
      if (Number(m[1]) !== want) continue;
      const start = from + m.index! + m[0].indexOf(m[1]!);
      run.push({ start, end: start + m[1]!.length });
      want++;
    }
    if (run.length >= 2) out.push(...run);
  }
  let run: Span[] = [];
  let last = -1;
  let lastEnd = -1;
  const flush = () => {
    if (run.length >= 2) out.push(...run);
    run = [];
  };
  for (const m of text.matchAll(ROW_NUMBER)) {
    const n = Number(m[1]);
    const start = m.index! + m[0].indexOf(m[1]!, m[0].indexOf('|'));
    // A row right after the last one (nothing but that row between), numbered one more.
    const next = n === last + 1 && lastEnd >= 0 && !text.slice(lastEnd, m.index!).includes('\n\n');
    if (!next) flush();
    if (next || n === 1) {
      run.push({ start, end: start + m[1]!.length });
      last = n;
      lastEnd = start;
    } else last = -1;
  }
  flush();
  return out;
}

const HTML_FURNITURE = /<(figcaption|aside|footer|nav)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\w+)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:byline|banner|caption|credit|promo|newsletter|subscribe|dateline|meta|footer|masthead|breadcrumbs?|tags)\b[^"']*["'][^>]*>[\s\S]*?<\/\2\s*>/gi;
const FIGCAPTION = /<figcaption\b[^>]*>[\s\S]*?<\/figcaption\s*>/gi;
/** The opening tag of a sidebar of figures: a class naming facts, figures, numbers or data. */
const DATA_ASIDE = /\bclass\s*=\s*["'][^"']*(?:fact|figure|number|data|stat|key-?point)/i;
const MARKDOWN_CAPTION = /^!\[[^\]\n]*\]\([^)\n]*\)[ \t]*\n[ \t]*([*_])(?!\s)[^\n]+\1[ \t]*$/gm;

/** Furniture the markup marks, as spans of the readable text. */
function markupFurniture(article: Pick<ArticleText, 'original' | 'text' | 'map' | 'format'>): Span[] {
  const pattern = article.format === 'html' ? HTML_FURNITURE : article.format === 'markdown' ? MARKDOWN_CAPTION : null;
  if (!pattern) return [];
  const out: Span[] = [];
  // Where the pictures carry the story (a photo essay: more of its words in captions than a
  // third of the page's), the captions are its text; their credits stay the page's.
  let captions = 0;
  if (article.format === 'html') for (const c of article.original.matchAll(FIGCAPTION)) captions += c[0].replace(/<[^>]*>/g, '').length;
  const essay = captions > article.text.length / 3;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(article.original))) {
    // A sidebar of the story's own figures ("factbox", "key figures", "by the numbers") is text
    // to check, not the page's.
    if (m[1]?.toLowerCase() === 'aside' && DATA_ASIDE.test(m[0].slice(0, m[0].indexOf('>') + 1))) continue;
    if (essay && m[1]?.toLowerCase() === 'figcaption') {
      // (Read on inside it: a credit in it is still the page's.)
      pattern.lastIndex = m.index + m[0].indexOf('>') + 1;
      continue;
    }
    let from = m.index;
    // In Markdown, only the caption line: the image itself reads as nothing.
    if (article.format === 'markdown') from = m.index + m[0].indexOf('\n') + 1;
    const start = textOffsetOf(article, from);
    const end = textOffsetOf(article, m.index + m[0].length);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** The first offset of the readable text whose source is at or after an offset of the original. */
function textOffsetOf(article: Pick<ArticleText, 'text' | 'map'>, original: number): number {
  let lo = 0;
  let hi = article.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (article.map.at(mid) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
