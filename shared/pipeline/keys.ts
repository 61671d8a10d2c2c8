/**
 * Where each stage reads and writes in the bucket. Uploads live under articles/; the stages
 * write claims/, reports/ and errors/, keeping the upload's relative key plus ".json".
 * Notifications watch articles/ and claims/ only, so no report or error can trigger a stage.
 */
export const PREFIX = { articles: 'articles/', claims: 'claims/', reports: 'reports/', errors: 'errors/' } as const;

export class KeyError extends Error {
  override readonly name = 'KeyError';
}

function relative(key: string, prefix: string): string {
  if (!key.startsWith(prefix) || key.length === prefix.length) throw new KeyError(`key ${JSON.stringify(key)} is not under ${prefix}`);
  const rel = key.slice(prefix.length);
  // URL parsing (an SDK's, a local S3 server's file paths) resolves "." and ".." segments:
  // "claims/../reports/a.json" would be read or written as "reports/a.json".
  if (rel.split('/').some((s) => s === '.' || s === '..')) throw new KeyError(`key ${JSON.stringify(key)} has a "." or ".." segment`);
  return rel;
}

export const claimsKeyFor = (articleKey: string) => `${PREFIX.claims}${relative(articleKey, PREFIX.articles)}.json`;

export function reportKeyFor(claimsKey: string): string {
  const rel = relative(claimsKey, PREFIX.claims);
  if (!rel.endsWith('.json')) throw new KeyError(`claims document ${JSON.stringify(claimsKey)} does not end with .json`);
  return `${PREFIX.reports}${rel}`;
}

/** The article a claims document was made from: "claims/a.txt.json" → "articles/a.txt". */
export function articleKeyFor(claimsKey: string): string {
  const rel = relative(claimsKey, PREFIX.claims);
  if (!rel.endsWith('.json') || rel.length === '.json'.length) throw new KeyError(`claims document ${JSON.stringify(claimsKey)} does not end with .json`);
  return `${PREFIX.articles}${rel.slice(0, -'.json'.length)}`;
}

/** The error report of an input: "articles/a.txt" → "errors/a.txt.json"; "claims/a.txt.json" → "errors/a.txt.json". */
export function errorKeyFor(inputKey: string): string {
  if (inputKey.startsWith(PREFIX.claims)) return `${PREFIX.errors}${relative(inputKey, PREFIX.claims)}`;
  return `${PREFIX.errors}${relative(inputKey, PREFIX.articles)}.json`;
}

/**
 * Keys in S3 event notifications are URL-encoded, with '+' for a space: "red flower.jpg"
 * arrives as "red+flower.jpg", "a+b" as "a%2Bb".
 */
export function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The encoding S3 uses for keys in event notifications (form encoding; '/' kept). */
export function encodeEventKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_/]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
