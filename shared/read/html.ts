import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { Sep, ViewBuilder } from './builder.ts';
import { decodeEntityAt } from './entity.ts';
import { cleanTitle, isoDate } from './hints.ts';
import type { ArticleHints, MarkupView } from './types.ts';

/** Elements whose content is never article text. <title> is captured for the hint instead. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'noembed',
  'noframes',
  'textarea',
  'select',
  'title',
]);

/** Elements that end a paragraph: their open and close tags become "\n\n". */
export const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'table',
  'ul', 'ol', 'header', 'footer', 'figure', 'figcaption', 'hr', 'main', 'nav', 'aside', 'pre', 'dl', 'dt', 'dd',
  'address', 'details', 'summary', 'form', 'fieldset', 'legend', 'caption', 'thead', 'tbody', 'tfoot', 'body',
  'html', 'center', 'hgroup', 'menu', 'dialog', 'video', 'audio', 'picture', 'option', 'label',
]);

/** What may sit in <head>; any other start tag means the body has begun, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template']);

/** Meta names that state a publication date, best first. */
const META_DATE_RANK = new Map<string, number>([
  ['article:published_time', 1],
  ['og:published_time', 2],
  ['datepublished', 2],
  ['date', 3],
  ['pubdate', 3],
  ['publishdate', 3],
  ['publish-date', 3],
  ['publish_date', 3],
  ['dc.date', 3],
  ['dc.date.issued', 3],
  ['dcterms.date', 3],
  ['dcterms.issued', 3],
  ['dcterms.created', 3],
  ['sailthru.date', 4],
  ['parsely-pub-date', 4],
]);

/**
 * Readable text of an HTML document, mapped char by char to `src`.
 *
 * Driven by htmlparser2's Tokenizer rather than its Parser: the Parser keeps its open-element
 * stack with unshift/shift, which is quadratic in nesting depth, while this needs no stack at
 * all — only counters — so deeply nested markup stays linear and nothing recurses.
 */
export function readHtml(src: string): MarkupView {
  const reader = new HtmlReader(src);
  // Entities are left undecoded by the tokenizer and decoded here, so each one maps to its own offset.
  const tokenizer = new Tokenizer({ decodeEntities: false }, reader);
  tokenizer.write(src);
  tokenizer.end();
  return { ...reader.out.finish(), hints: reader.hints() };
}

class HtmlReader implements TokenizerCallbacks {
  readonly out: ViewBuilder;
  private readonly src: string;

  private textFloor = 0;
  private tag = '';
  private tagAt = 0;
  private attrs: Map<string, string> | null = null;
  private attrName = '';
  private attrValue = '';

  /** Element whose content is being skipped, and how deeply it nests within itself. */
  private skip: string | null = null;
  private skipDepth = 0;
  private inHead = false;
  private preDepth = 0;
  private headerDepth = 0;
  private cells = 0;

  private titleParts: string[] | null = null;
  private title: string | undefined;
  private h1Mark = -1;
  private h1Done = false;
  private h1Title: string | undefined;
  private metaDate: string | undefined;
  private metaRank = Infinity;
  private timeDate: string | undefined;

  constructor(src: string) {
    this.src = src;
    this.out = new ViewBuilder(src);
  }

  hints(): ArticleHints {
    const hints: ArticleHints = {};
    const title = this.title ?? this.h1Title;
    if (title) hints.title = title;
    const published = this.metaDate ?? this.timeDate;
    if (published) hints.published = published;
    return hints;
  }

  ontext(start: number, end: number): void {
    // Trailing data after an unfinished tag can be reported from offset -1; never go back over text already read.
    if (start < this.textFloor) start = this.textFloor;
    if (end > this.src.length) end = this.src.length;
    if (end <= start) return;
    this.textFloor = end;
    if (this.skip !== null) {
      if (this.titleParts) this.titleParts.push(this.src.slice(start, end));
      return;
    }
    this.text(start, end);
  }

  ontextentity(): void {
    // Only called when the tokenizer decodes entities, which it is told not to.
  }

  onopentagname(start: number, end: number): void {
    this.tag = this.src.slice(start, end).toLowerCase();
    this.tagAt = start - 1;
    this.attrs = this.skip === null && (this.tag === 'meta' || this.tag === 'time') ? new Map() : null;
  }

  onattribname(start: number, end: number): void {
    if (!this.attrs) return;
    this.attrName = this.src.slice(start, end).toLowerCase();
    this.attrValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attrs) this.attrValue += this.src.slice(start, end);
  }

  onattribentity(cp: number): void {
    if (this.attrs) this.attrValue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    if (this.attrs && !this.attrs.has(this.attrName)) this.attrs.set(this.attrName, decodeHTMLAttribute(this.attrValue));
    this.attrValue = '';
  }

  onopentagend(): void {
    this.open(false);
  }

  onselfclosingtag(): void {
    this.open(true);
  }

  onclosetag(start: number, end: number): void {
    this.close(this.src.slice(start, end).toLowerCase(), start - 2);
  }

  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  isInForeignContext(): boolean {
    return this.skip === 'svg' || this.skip === 'math';
  }

  private open(selfClosing: boolean): void {
    const name = this.tag;
    const at = this.tagAt;
    const attrs = this.attrs;
    this.attrs = null;
    if (this.skip !== null) {
      if (name === this.skip && !selfClosing) this.skipDepth++;
      return;
    }
    if (this.inHead && !HEAD_CONTENT.has(name)) this.inHead = false;
    if (name === 'head') {
      this.inHead = true;
      return;
    }
    if (name === 'meta') {
      if (attrs) this.meta(attrs);
      return;
    }
    if (name === 'time' && attrs) this.time(attrs);
    if (SKIP.has(name)) {
      // Foreign elements honour "/>"; HTML ones (<script/>) ignore it, as browsers do.
      if (selfClosing && (name === 'svg' || name === 'math')) return;
      this.skip = name;
      this.skipDepth = 1;
      if (name === 'title' && this.title === undefined && !this.inBody()) this.titleParts = [];
      return;
    }
    if (BLOCK.has(name)) {
      this.out.sep(Sep.Break, at);
      if (name === 'header') this.headerDepth++;
      else if (name === 'pre') this.preDepth++;
      else if (name === 'tr' || name === 'table') this.cells = 0;
      else if (name === 'h1' && !this.h1Done && this.h1Mark < 0) this.h1Mark = this.out.mark();
      return;
    }
    if (name === 'td' || name === 'th') {
      this.out.sep(this.cells > 0 ? Sep.Cell : Sep.Space, at);
      this.cells++;
    }
  }

  private close(name: string, at: number): void {
    if (this.skip !== null) {
      if (name === this.skip && --this.skipDepth === 0) {
        this.skip = null;
        if (this.titleParts) {
          this.title = cleanTitle(decodeHTML(this.titleParts.join('')));
          this.titleParts = null;
        }
      }
      return;
    }
    if (name === 'head') {
      this.inHead = false;
      return;
    }
    if (BLOCK.has(name)) {
      this.out.sep(Sep.Break, at);
      if (name === 'header') this.headerDepth = Math.max(0, this.headerDepth - 1);
      else if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
      else if (name === 'h1' && this.h1Mark >= 0) {
        this.h1Title = cleanTitle(this.out.textSince(this.h1Mark));
        this.h1Mark = -1;
        this.h1Done = this.h1Title !== undefined;
      }
      return;
    }
    if (name === 'td' || name === 'th') this.out.sep(Sep.Space, at);
  }

  /** A <title> after body text has started belongs to something embedded, not the page. */
  private inBody(): boolean {
    return this.out.length > 0;
  }

  private meta(attrs: Map<string, string>): void {
    let rank = Infinity;
    for (const key of ['property', 'name', 'itemprop']) {
      const r = META_DATE_RANK.get((attrs.get(key) ?? '').trim().toLowerCase());
      if (r !== undefined && r < rank) rank = r;
    }
    if (rank >= this.metaRank) return;
    const date = isoDate(attrs.get('content') ?? attrs.get('datetime'));
    if (date) {
      this.metaDate = date;
      this.metaRank = rank;
    }
  }

  private time(attrs: Map<string, string>): void {
    if (this.timeDate !== undefined) return;
    const itemprop = (attrs.get('itemprop') ?? '').toLowerCase();
    if (this.headerDepth > 0 || attrs.has('pubdate') || itemprop === 'datepublished') {
      this.timeDate = isoDate(attrs.get('datetime'));
    }
  }

  /** Copies text, decoding entities in place and collapsing whitespace runs outside <pre>. */
  private text(start: number, end: number): void {
    const src = this.src;
    const out = this.out;
    const collapse = this.preDepth === 0;
    let run = start;
    let i = start;
    while (i < end) {
      const c = src.charCodeAt(i);
      if (c === 38) {
        const entity = decodeEntityAt(src, i, end);
        if (entity) {
          out.run(run, i);
          out.chars(entity.value, i, i + entity.length);
          i += entity.length;
          run = i;
          continue;
        }
      } else if (collapse && c <= 32 && (c === 32 || c === 10 || c === 9 || c === 13 || c === 12)) {
        out.run(run, i);
        let j = i + 1;
        while (j < end) {
          const d = src.charCodeAt(j);
          if (!(d === 32 || d === 10 || d === 9 || d === 13 || d === 12)) break;
          j++;
        }
        out.sep(Sep.Space, i, j);
        i = j;
        run = j;
        continue;
      }
      i++;
    }
    out.run(run, end);
  }
}
