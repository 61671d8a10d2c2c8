// The version htmlparser2 itself uses, so that one copy of the entity tables is loaded, not two.
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

let decoded = '';
const decoder = new EntityDecoder(htmlDecodeTree, (cp) => {
  decoded += String.fromCodePoint(cp);
});

export interface DecodedEntity {
  /** The replacement text (one code point, or two for a few named entities). */
  value: string;
  /** How many source chars, '&' included, the entity spans. */
  length: number;
}

/**
 * Decodes the character reference starting at src[at] === '&', reading no further than `limit`.
 * Returns undefined when the '&' is just an ampersand. Legacy mode follows HTML text rules
 * ("&amp" without ';' still counts), so the result matches what a browser shows.
 */
export function decodeEntityAt(src: string, at: number, limit: number): DecodedEntity | undefined {
  if (at + 1 >= limit) return undefined;
  const next = src.charCodeAt(at + 1);
  // Only '#' or an ASCII letter or digit can follow '&' in a reference: skip the decoder otherwise.
  if (!(next === 35 || (next >= 48 && next <= 57) || ((next | 0x20) >= 97 && (next | 0x20) <= 122))) return undefined;
  decoded = '';
  decoder.startEntity(DecodingMode.Legacy);
  // A sliced window keeps the decoder from reading into the markup that follows.
  const window = src.slice(at, limit);
  let consumed = decoder.write(window, 1);
  if (consumed < 0) consumed = decoder.end();
  if (consumed <= 0 || decoded.length === 0) return undefined;
  return { value: decoded, length: consumed };
}
