import type { ArticleFormat } from './types.ts';

/** The format an upload is read as: its file name first, then its declared type, then its content. */
export function detectFormat(original: string, name?: string, contentType?: string): ArticleFormat {
  return formatFromName(name) ?? formatFromContentType(contentType) ?? sniffFormat(original);
}

export function formatFromName(name: string | undefined): ArticleFormat | undefined {
  if (!name) return undefined;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  switch (name.slice(dot + 1).toLowerCase()) {
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'md':
    case 'markdown':
    case 'mdown':
    case 'mkd':
      return 'markdown';
    case 'txt':
    case 'text':
      return 'text';
    default:
      return undefined;
  }
}

export function formatFromContentType(contentType: string | undefined): ArticleFormat | undefined {
  if (!contentType) return undefined;
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  return undefined;
}

const LEADING_HTML =
  /^(?:<!doctype\s+html|<html[\s>]|<(?:head|body|meta|title|main|article|section|header|footer|div|p|h[1-6]|ul|ol|table|blockquote|figure)[\s>/])/i;
const MD_HEADING = /^#{1,6}[ \t]+\S/m;
const MD_LINK = /\[[^\]\n]{1,300}\]\([^)\s]+\)/;
const MD_FENCE = /^(?:```|~~~)/m;

export function sniffFormat(original: string): ArticleFormat {
  // A bounded head keeps sniffing constant-time on large uploads.
  const head = original.slice(0, 8192);
  const lead = skipLeadingComments(head.trimStart());
  if (LEADING_HTML.test(lead) || /^<\?xml[^>]*>\s*<(?:!doctype\s+)?html/i.test(lead)) return 'html';
  if (/^---[ \t]*\r?\n/.test(head) || MD_HEADING.test(head) || MD_LINK.test(head) || MD_FENCE.test(head)) return 'markdown';
  return 'text';
}

/** Pages often open with a comment before the doctype; skipped with indexOf, not a backtracking regex. */
function skipLeadingComments(s: string): string {
  let at = 0;
  while (s.startsWith('<!--', at)) {
    const close = s.indexOf('-->', at + 4);
    if (close < 0) return s.slice(at);
    at = close + 3;
    while (at < s.length && /\s/.test(s[at]!)) at++;
  }
  return s.slice(at);
}
