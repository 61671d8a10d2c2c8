import { basename, join, resolve, sep } from 'node:path';
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import type { VerdictReport } from '../shared/report/report.ts';

import type { Format } from './format-names.ts';
export { FORMATS, type Format } from './format-names.ts';

const EXTENSION: Record<Format, string> = { table: '.txt', json: '.json', html: '.html', md: '.md', claimreview: '.claimreview.json' };

/** One report in one format; `text` is the article as read, for the HTML page's highlights. */
export type Render = (report: VerdictReport, text?: string, stream?: { isTTY?: boolean }, explain?: boolean) => string;

/**
 * The renderer of one format, loaded when asked for: a run in one format loads no other format's
 * code (the HTML page, with its style and script, is the largest).
 */
export async function rendererFor(format: Format): Promise<Render> {
  switch (format) {
    case 'table': {
      const { renderTerminal, shouldColor } = await import('../shared/render/terminal.ts');
      return (report, _text, stream = process.stdout, explain = false) =>
        `${renderTerminal(report, { color: shouldColor(stream, process.env), explain, ...((stream as { columns?: number }).columns ? { width: (stream as { columns: number }).columns } : {}) })}\n`;
    }
    case 'json':
      return (report) => `${JSON.stringify(report, null, 2)}\n`;
    case 'html': {
      const { renderHtml } = await import('../shared/render/html.ts');
      return (report, text) => renderHtml(report, text);
    }
    case 'md': {
      const { renderMarkdown } = await import('../shared/render/markdown.ts');
      return (report) => renderMarkdown(report);
    }
    case 'claimreview': {
      const { renderClaimReviewJson } = await import('../shared/render/claim-review.ts');
      return (report) => `${renderClaimReviewJson(report, /^https?:\/\//.test(report.article.source) ? { url: report.article.source } : {})}\n`;
    }
  }
}

/**
 * Writes one file per article into `dir`, never outside it: the name is the source's base name
 * with only safe characters, made unique within the run.
 */
export class OutDir {
  private readonly used = new Set<string>();
  private readonly root: string;

  constructor(dir: string) {
    mkdirSync(resolve(dir), { recursive: true });
    // Where the folder really is: a path compared as a string would let a link lead elsewhere.
    this.root = realpathSync(resolve(dir));
  }

  write(source: string, format: Format, body: string): string {
    const base = (source === '-' ? 'stdin' : basename(source)).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'article';
    let name = `${base}${EXTENSION[format]}`;
    for (let i = 2; this.used.has(name); i++) name = `${base}-${i}${EXTENSION[format]}`;
    this.used.add(name);
    const path = join(this.root, name);
    // The name has no separators, so the path stays inside the folder; checked all the same.
    if (!path.startsWith(this.root + sep)) throw new Error(`refusing to write outside ${this.root}: ${name}`);
    // A link already in the folder would carry the write to its target: refused, not followed.
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // No such file yet: written fresh.
    }
    if (link) throw new OutputError(`refusing to write ${path}: it is a symbolic link`);
    writeFileSync(path, body);
    return path;
  }
}

/** A report that cannot be written where asked: bad input, exit 2. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}
