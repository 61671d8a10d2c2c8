import { describe, expect, it } from 'vitest';
import { normaliseText, readArticle, sourceSpan } from '../../shared/read/index.ts';

function identity(s: string): Int32Array {
  const map = new Int32Array(s.length + 1);
  for (let i = 0; i <= s.length; i++) map[i] = i;
  return map;
}

const norm = (s: string) => normaliseText(s, identity(s));

describe('normaliseText', () => {
  it('returns ASCII text untouched, with the same map', () => {
    const s = 'The army lost 5,000 men (5 000; 5.000) in 2020.\n\nNext.';
    const map = identity(s);
    const r = normaliseText(s, map);
    expect(r.text).toBe(s);
    expect(Array.from(r.map.toArrays().map)).toEqual(Array.from(map));
  });

  it('straightens quotes, dashes and spaces one for one', () => {
    const s = '‘a’ ‚b‛ 5′ “c” „d‟ 6″ «e» 1‐2‑3‒4–5—6―7−8 x\u00A0y\u2002z\u2009w\u202Fv\u205Fu\u3000t';
    const r = norm(s);
    expect(r.text).toBe(`'a' 'b' 5' "c" "d" 6" "e" 1-2-3-4-5-6-7-8 x y z w v u t`);
    expect(Array.from(r.map.toArrays().map)).toEqual(Array.from(identity(s)));
  });

  it('removes soft hyphens and zero-width chars, keeping later chars mapped', () => {
    const s = 'in\u00ADcred\u200Bi\u200Cb\u200Dl\uFEFFe\u2060!';
    const r = norm(s);
    expect(r.text).toBe('incredible!');
    expect(r.map.at(2)).toBe(3);
    expect(r.map.at(r.text.length)).toBe(s.length);
  });

  it('expands the ellipsis, all three dots mapping to it', () => {
    const r = norm('wait… 5');
    expect(r.text).toBe('wait... 5');
    expect(Array.from(r.map.toArrays().map)).toEqual([0, 1, 2, 3, 4, 4, 4, 5, 6, 7]);
    expect(Array.from(r.map.toArrays().ends)).toEqual([1, 2, 3, 4, 5, 5, 5, 6, 7]);
  });

  it('turns CRLF and lone CR into LF', () => {
    const r = norm('a\r\nb\rc\n');
    expect(r.text).toBe('a\nb\nc\n');
    expect(Array.from(r.map.toArrays().map)).toEqual([0, 1, 3, 4, 5, 6, 7]);
    // The LF from CRLF stands for both chars.
    expect(r.map.endOf(1)).toBe(3);
  });

  it('composes base + combining marks (NFC), mapping the result to the whole cluster', () => {
    const s = 'cafe\u0301 Zu\u0308rich'; // e + acute, u + diaeresis
    const r = norm(s);
    expect(r.text).toBe('café Zürich');
    expect(r.text).toBe(s.normalize('NFC'));
    expect(r.map.at(3)).toBe(3);
    expect(r.map.endOf(3)).toBe(5);
    expect(r.map.at(r.text.indexOf('ü'))).toBe(s.indexOf('u\u0308'));
    // Marks that compose with nothing stay, one for one.
    expect(norm('q\u0307x').text).toBe('q\u0307x');
    // Several marks, reordered canonically and composed.
    expect(norm('a\u0323\u0302').text).toBe('a\u0323\u0302'.normalize('NFC'));
  });

  it('joins a long Latin-1 text exactly across the windows it is copied in', () => {
    // Replacements on both sides of each 1 MiB window edge, and a run that spans two windows.
    const unit = 'caf\u00e9 \u2019s \u2014 x\u2026 ';
    const s = unit.repeat(Math.ceil((2.5 * (1 << 20)) / unit.length));
    const r = norm(s);
    expect(r.text).toBe(s.replaceAll('\u2019', "'").replaceAll('\u2014', '-').replaceAll('\u2026', '...'));
    expect(r.map.at(r.text.length)).toBe(s.length);
    const long = `\u2019${'\u00e9a'.repeat(3 << 19)}\u2019`;
    expect(norm(long).text).toBe(`'${'\u00e9a'.repeat(3 << 19)}'`);
  });

  it('does not rewrite thousands separators', () => {
    expect(norm('5,000 and 5 000 and 5.000 and 5\u00A0000').text).toBe('5,000 and 5 000 and 5.000 and 5 000');
  });

  it('follows a given view map and ends (as from markup removal)', () => {
    // View "x—y" where "—" came from "&mdash;" at original offset 4..11.
    const map = new Int32Array([3, 4, 11, 12]);
    const ends = new Int32Array([4, 11, 12]);
    const r = normaliseText('x\u2014y', map, ends);
    expect(r.text).toBe('x-y');
    expect(Array.from(r.map.toArrays().map)).toEqual([3, 4, 11, 12]);
    expect(Array.from(r.map.toArrays().ends)).toEqual([4, 11, 12]);
  });

  it('leaves absurdly long runs of marks as they are, in linear time', () => {
    const s = `a${'\u0301\u0323'.repeat(200_000)}`;
    const t0 = performance.now();
    const r = norm(s);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.text).toBe(s);
  });

  it('keeps astral chars (emoji) intact', () => {
    expect(norm('ok 😀 “fine”').text).toBe('ok 😀 "fine"');
  });

  it('keeps Latin-1 and wider letters exactly, whichever way the text is built', () => {
    // Only Latin-1 left once quotes and dashes are replaced; then letters past it as well.
    expect(norm('Café “Zürich” — 5° at 10\u00a0km\r\n').text).toBe('Café "Zürich" - 5° at 10 km\n');
    expect(norm('Ереван “Yerevan” — Երևան, ½\r').text).toBe('Ереван "Yerevan" - Երևան, ½\n');
    expect(norm('“e\u0301” and “\u01d8”').text).toBe('"é" and "\u01d8"');
    const r = norm('a “b” c');
    expect(Array.from(r.map.toArrays().map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('normalisation inside readArticle', () => {
  it('quotes come from the original typography', () => {
    const a = readArticle(new TextEncoder().encode('He said “5\u00A0000 died” — officially…'));
    expect(a.text).toBe('He said "5 000 died" - officially...');
    const at = a.text.indexOf('"5 000 died"');
    expect(sourceSpan(a, at, at + 12).quote).toBe('“5\u00A0000 died”');
    const dots = a.text.indexOf('...');
    expect(sourceSpan(a, dots, dots + 1).quote).toBe('…');
    expect(sourceSpan(a, dots + 1, dots + 3).quote).toBe('…');
  });

  it('a decomposed accent maps back to both code points', () => {
    const a = readArticle(new TextEncoder().encode('Erdog\u0306an and Aliyev'));
    expect(a.text).toBe('Erdoğan and Aliyev');
    expect(sourceSpan(a, 4, 5).quote).toBe('g\u0306');
    expect(sourceSpan(a, 0, 7).quote).toBe('Erdog\u0306an');
    const e = readArticle(new TextEncoder().encode('<p>cafe&#769; open</p>'), { name: 'a.html' });
    expect(e.text).toBe('café open');
    expect(sourceSpan(e, 0, 4).quote).toBe('cafe&#769;');
  });

  it('rejects bad ranges', () => {
    const a = readArticle(new TextEncoder().encode('abc'));
    expect(() => sourceSpan(a, 2, 1)).toThrow(RangeError);
    expect(() => sourceSpan(a, 0, 4)).toThrow(RangeError);
    expect(() => sourceSpan(a, -1, 1)).toThrow(RangeError);
    expect(sourceSpan(a, 1, 1)).toEqual({ start: 1, end: 1, quote: '' });
  });
});
