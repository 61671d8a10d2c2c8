import { hash } from 'node:crypto';

/**
 * Where each stage reads and writes in the bucket. Uploads live under articles/; the stages
 * write claims/, reports/ and errors/, keeping the upload's relative key plus ".json".
 * Notifications watch articles/ and claims/ only, so no report or error can trigger a stage.
 */
export const PREFIX = { articles: 'articles/', claims: 'claims/', reports: 'reports/', errors: 'errors/' } as const;

export class KeyError extends Error {
  override readonly name = 'KeyError';
}

/** An output key S3 would refuse: longer than its 1,024 bytes. The upload itself is under the limit. */
export class KeyTooLongError extends KeyError {
  constructor(readonly inputKey: string, readonly outputKey: string) {
    super(`the upload's key makes an output key of ${utf8Length(outputKey)} bytes, over S3's ${MAX_KEY_BYTES}: shorten the key by ${utf8Length(outputKey) - MAX_KEY_BYTES} bytes`);
  }
}

/** S3's longest key, in UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function checked(inputKey: string, outputKey: string): string {
  if (utf8Length(outputKey) > MAX_KEY_BYTES) throw new KeyTooLongError(inputKey, outputKey);
  return outputKey;
}

/** The longest prefix of `s` that fits in `bytes` UTF-8 bytes, never splitting a character. */
function fitUtf8(s: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (used + n > bytes) break;
    used += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

function relative(key: string, prefix: string): string {
  if (!key.startsWith(prefix)) throw new KeyError(`key ${JSON.stringify(key)} is not under ${prefix}`);
  if (key.length === prefix.length) throw new KeyError(`key ${JSON.stringify(key)} is the prefix itself: no name below ${prefix}`);
  const rel = key.slice(prefix.length);
  // URL parsing (an SDK's, a local S3 server's file paths) resolves "." and ".." segments:
  // "claims/../reports/a.json" would be read or written as "reports/a.json".
  if (rel.split('/').some((s) => s === '.' || s === '..')) throw new KeyError(`key ${JSON.stringify(key)} has a "." or ".." segment`);
  return rel;
}

/** The claims document of an upload; refused (KeyTooLongError) when the report's key, the longest output key, would not fit S3. */
export function claimsKeyFor(articleKey: string): string {
  const rel = relative(articleKey, PREFIX.articles);
  checked(articleKey, `${PREFIX.reports}${rel}.json`);
  return `${PREFIX.claims}${rel}.json`;
}

export function reportKeyFor(claimsKey: string): string {
  const rel = relative(claimsKey, PREFIX.claims);
  if (!rel.endsWith('.json')) throw new KeyError(`claims document ${JSON.stringify(claimsKey)} does not end with .json`);
  return checked(claimsKey, `${PREFIX.reports}${rel}`);
}

/** The article a claims document was made from: "claims/a.txt.json" → "articles/a.txt". */
export function articleKeyFor(claimsKey: string): string {
  const rel = relative(claimsKey, PREFIX.claims);
  if (!rel.endsWith('.json')) throw new KeyError(`claims document ${JSON.stringify(claimsKey)} does not end with .json`);
  if (rel.length === '.json'.length) throw new KeyError(`claims document ${JSON.stringify(claimsKey)} names no article: nothing before .json`);
  return `${PREFIX.articles}${rel.slice(0, -'.json'.length)}`;
}

/**
 * The error report of an input: "articles/a.txt" → "errors/a.txt.json"; "claims/a.txt.json" →
 * "errors/a.txt.json". A key too long for that keeps its first bytes and ends in a hash of the
 * whole ("errors/<first bytes>~<hash>.json"), so that even it gets its error report.
 */
export function errorKeyFor(inputKey: string): string {
  const rel = inputKey.startsWith(PREFIX.claims) ? relative(inputKey, PREFIX.claims) : `${relative(inputKey, PREFIX.articles)}.json`;
  const key = `${PREFIX.errors}${rel}`;
  if (utf8Length(key) <= MAX_KEY_BYTES) return key;
  const tag = `~${hash('sha256', rel, 'hex').slice(0, 16)}.json`;
  return `${PREFIX.errors}${fitUtf8(rel, MAX_KEY_BYTES - PREFIX.errors.length - tag.length)}${tag}`;
}

/** Where the error reports of refused keys go (refusedKeyErrorKey). */
export const REFUSED_KEYS = `${PREFIX.errors}refused-keys/`;

/**
 * The error report of an input whose key no output may be derived from (a "." or ".." segment,
 * no name below its prefix, outside the prefixes): "articles/x/../y.txt" →
 * "errors/refused-keys/articles%2Fx%2F..%2Fy.txt.json". The whole key is percent-encoded as one
 * segment ('/' included), so nothing of it can act as a path: never a "." or ".." segment, never
 * another prefix. A key too long for that keeps its first bytes and ends in a hash of the whole,
 * as errorKeyFor does.
 */
export function refusedKeyErrorKey(inputKey: string): string {
  let name = '';
  for (const byte of new TextEncoder().encode(inputKey)) {
    const c = String.fromCharCode(byte);
    name += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  const key = `${REFUSED_KEYS}${name}.json`;
  if (key.length <= MAX_KEY_BYTES) return key;
  const tag = `~${hash('sha256', inputKey, 'hex').slice(0, 16)}.json`;
  // Cut before a "%XX" escape, never inside one.
  const cut = name.slice(0, MAX_KEY_BYTES - REFUSED_KEYS.length - tag.length).replace(/%[0-9A-F]?$/, '');
  return `${REFUSED_KEYS}${cut}${tag}`;
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
