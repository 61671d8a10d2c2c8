export type ArticleReadErrorCode = 'EMPTY' | 'TOO_LARGE' | 'INVALID_UTF8' | 'BINARY' | 'UNSUPPORTED_ENCODING';

/** Why an upload cannot be read as an article; the message is meant for the person who uploaded it. */
export class ArticleReadError extends Error {
  readonly code: ArticleReadErrorCode;

  constructor(code: ArticleReadErrorCode, message: string) {
    super(message);
    this.name = 'ArticleReadError';
    this.code = code;
  }
}

/** "6.2 MB", "512 KB", "300 bytes": sizes as people read them (binary units, as the limit is). */
export function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${trimDecimal(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trimDecimal(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

function trimDecimal(n: number): string {
  const s = n.toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}
