import { isAscii, isUtf8 } from 'node:buffer';

/**
 * A stored JSON document (a claims document) from its UTF-8 bytes, taken out of `body` (the
 * holder is left empty, so that nothing keeps them once they are read). The same value, and the
 * same errors, as `JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))`, at half
 * its peak memory: a document with any char past U+00FF (a curly quote) decodes to a string of
 * two bytes a char, 46 MB for a 10 MB article's claims. Read instead as Latin-1 (one byte a
 * char), parsed, and each string holding bytes past ASCII decoded from them afterwards.
 *
 * That is exact when the bytes are valid UTF-8 and hold no `\u` escape (which could stand for a
 * char that the Latin-1 reading would confuse with a byte); anything else, and invalid JSON,
 * takes the plain way, so that errors read as they always did.
 *
 * @example parseJsonTaken({ bytes: Buffer.from('{"quote":"\u2019s"}') }) // { quote: '’s' }
 */
export function parseJsonTaken(body: { bytes?: Uint8Array }): unknown {
  const read = readTaken(body);
  if ('text' in read) return JSON.parse(read.text);
  const parsed = parseLatin1(read);
  if (parsed.plain || read.ascii) return parsed.value;
  return fromLatin1(parsed.value);
}

type Read = { text: string } | { latin1?: string; ascii: boolean };

// Each form in a function of its own: a caller's frame never holds the bytes or the text.
function readTaken(body: { bytes?: Uint8Array }): Read {
  const bytes = body.bytes ?? new Uint8Array();
  delete body.bytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A byte-order mark (which the decoder drops), bad UTF-8 or a \u escape: the plain way.
  if (!isUtf8(buf) || (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) || buf.indexOf('\\u') >= 0) return { text: decodeUtf8(bytes) };
  return { latin1: buf.toString('latin1'), ascii: isAscii(buf) };
}

/** The Latin-1 text taken out of `read` and parsed; invalid JSON is parsed the plain way, for its error. */
function parseLatin1(read: { latin1?: string }): { value: unknown; plain: boolean } {
  const latin1 = read.latin1 ?? '';
  delete read.latin1;
  try {
    return { value: JSON.parse(latin1), plain: false };
  } catch {
    return { value: JSON.parse(decodeUtf8(Buffer.from(latin1, 'latin1'))), plain: true };
  }
}

const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

const PAST_ASCII = /[\u0080-\u00ff]/;
const fromBytes = (s: string) => (PAST_ASCII.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s);

/**
 * `value` with every string (and key) read as Latin-1 decoded as the UTF-8 it is. Arrays and
 * objects are fixed in place, walked with a stack of their own rather than by recursion, so
 * that nesting as deep as JSON.parse accepts cannot overflow the call stack.
 */
function fromLatin1(value: unknown): unknown {
  if (typeof value === 'string') return fromBytes(value);
  if (typeof value !== 'object' || value === null) return value;
  const root = withKeysDecoded(value);
  const stack: object[] = [root];
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') return fromBytes(v);
    if (typeof v !== 'object' || v === null) return v;
    const w = withKeysDecoded(v);
    stack.push(w);
    return w;
  };
  while (stack.length) {
    const c = stack.pop()!;
    if (Array.isArray(c)) {
      for (let i = 0; i < c.length; i++) {
        const v = c[i];
        const w = fix(v);
        if (w !== v) c[i] = w;
      }
    } else {
      const o = c as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const v = o[k];
        const w = fix(v);
        if (w !== v) o[k] = w;
      }
    }
  }
  return root;
}

/**
 * The object itself, or, when a key holds bytes past ASCII, the object made again with its keys
 * decoded, in the same order, as JSON.parse makes them (own data properties, "__proto__" too).
 */
function withKeysDecoded(o: object): object {
  if (Array.isArray(o)) return o;
  const keys = Object.keys(o);
  if (!keys.some((k) => PAST_ASCII.test(k))) return o;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    Object.defineProperty(out, fromBytes(k), { value: (o as Record<string, unknown>)[k], writable: true, enumerable: true, configurable: true });
  }
  return out;
}
