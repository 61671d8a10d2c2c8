import { ArticleReadError, formatSize } from './errors.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface DecodeOptions {
  contentType?: string;
  maxBytes?: number;
}

/** Turns uploaded bytes into a string, or says plainly why they are not a text article. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const size = bytes.length;
  if (size === 0) throw new ArticleReadError('EMPTY', 'article is empty (0 bytes)');

  const max = validLimit(options.maxBytes);
  // Checked before decoding so an oversized upload costs nothing to reject.
  if (size > max) throw new ArticleReadError('TOO_LARGE', tooLargeMessage(size, max));

  const b0 = bytes[0]!;
  const b1 = size > 1 ? bytes[1]! : -1;
  // UTF-32 BOMs are tested before UTF-16: FF FE 00 00 also starts with the UTF-16 LE BOM.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new ArticleReadError('UNSUPPORTED_ENCODING', 'article is encoded as UTF-32, which is not supported; save it as UTF-8');
  }
  if (b0 === 0xff && b1 === 0xfe) return checkText(decodeUtf16(bytes.subarray(2), false));
  if (b0 === 0xfe && b1 === 0xff) return checkText(decodeUtf16(bytes.subarray(2), true));

  const kind = binaryKind(bytes);
  if (kind) throw new ArticleReadError('BINARY', `article is ${kind}, not text`);

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const utf16 = looksLikeBomlessUtf16(bytes);
    if (utf16) {
      throw new ArticleReadError(
        'UNSUPPORTED_ENCODING',
        `article looks like ${utf16} without a byte-order mark, which is not supported; save it as UTF-8`,
      );
    }
    throw new ArticleReadError('BINARY', `article contains a NUL byte at offset ${nul}, so it is binary data, not text`);
  }

  let text: string;
  try {
    // The default decoder drops a leading UTF-8 BOM, which is what we want.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes, options.contentType);
    if (declared && !isUtf8Label(declared)) {
      throw new ArticleReadError(
        'UNSUPPORTED_ENCODING',
        `article is encoded as ${declared}, which is not supported; save it as UTF-8`,
      );
    }
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at] ?? 0;
    throw new ArticleReadError(
      'INVALID_UTF8',
      `article is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}); save it as UTF-8`,
    );
  }
  // No NUL byte, so no NUL char: UTF-8 encodes U+0000 as that byte alone.
  return checkNotEmpty(text);
}

function validLimit(maxBytes: number | undefined): number {
  return typeof maxBytes === 'number' && Number.isFinite(maxBytes) && maxBytes > 0 ? Math.floor(maxBytes) : DEFAULT_MAX_BYTES;
}

function tooLargeMessage(size: number, max: number): string {
  const a = formatSize(size);
  const b = formatSize(max);
  // Rounding can make both sizes read the same ("5 MB, over the 5 MB limit"): then give exact counts.
  if (a === b) return `article is ${size.toLocaleString('en-US')} bytes, over the ${max.toLocaleString('en-US')}-byte (${b}) limit`;
  return `article is ${a}, over the ${b} limit`;
}

function checkText(text: string): string {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new ArticleReadError('BINARY', `article contains a NUL character at position ${nul}, so it is binary data, not text`);
  return checkNotEmpty(text);
}

function checkNotEmpty(text: string): string {
  if (!/[^\s\u00AD\u200B-\u200D\u2060]/.test(text)) throw new ArticleReadError('EMPTY', 'article contains only whitespace');
  return text;
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean): string {
  if (body.length % 2 !== 0) {
    throw new ArticleReadError('INVALID_UTF8', 'article is not valid UTF-16 (odd number of bytes); save it as UTF-8');
  }
  let data = body;
  if (bigEndian) {
    // Swapped by hand so decoding does not depend on the runtime shipping a UTF-16 BE decoder.
    data = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      data[i] = body[i + 1]!;
      data[i + 1] = body[i]!;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new ArticleReadError('INVALID_UTF8', 'article is not valid UTF-16 (unpaired surrogate); save it as UTF-8');
  }
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

const SIGNATURES: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (such as .docx, .odt or .epub)'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty ZIP archive'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], 'a GIF image'],
  [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a legacy Microsoft Office document'],
];

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [sig, kind] of SIGNATURES) if (startsWith(bytes, sig)) return kind;
  return undefined;
}

/** UTF-16 text without a BOM shows as a zero byte in every other position for Latin-script text. */
function looksLikeBomlessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05) return 'UTF-16 LE';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05) return 'UTF-16 BE';
  return undefined;
}

function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const fromType = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromType) return fromType.toLowerCase();
  // Markup usually states its charset near the top; latin1 reads those ASCII bytes whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function isUtf8Label(label: string): boolean {
  return label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8' || label === 'us-ascii' || label === 'ascii';
}

/** Offset of the first byte that breaks UTF-8; only run once decoding has already failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}
