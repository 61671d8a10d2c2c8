import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonTaken } from '../../shared/claims/read-json.ts';

const plain = (bytes: Uint8Array) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
};
/** parseJsonTaken against JSON.parse of the decoded bytes: the same value (own keys in order) or the same error. */
const same = (bytes: Uint8Array) => {
  const body: { bytes?: Uint8Array } = { bytes: Uint8Array.from(bytes) };
  const got = outcome(() => parseJsonTaken(body));
  expect(body.bytes).toBeUndefined();
  const want = outcome(() => plain(bytes));
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(got).toEqual(want);
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseJsonTaken', () => {
  it('reads a document past Latin-1 as JSON.parse of its decoded text does', () => {
    same(utf8(JSON.stringify({ text: 'caf\u00e9 \u2019s \u2014 \ud83d\ude00 "q" \\ \n\t', claims: [{ quote: '\u2019', n: 1.5, ok: true, none: null }] })));
    same(utf8('{"a":"plain ASCII","b":[1,2,{"c":"d"}]}'));
    same(utf8('"caf\u00e9"'));
    same(utf8('[]'));
  });

  it('decodes keys past ASCII, keeping their order and a "__proto__" key as an own property', () => {
    same(utf8('{"z":1,"caf\u00e9":{"\u2019":2},"__proto__":{"x":"\u00e9"},"a":3}'));
    const v = parseJsonTaken({ bytes: utf8('{"\u00e9":1,"__proto__":{"x":1}}') }) as object;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['\u00e9', '__proto__']);
  });

  it('takes the plain way for escapes, a byte-order mark, bad UTF-8 and bad JSON, with the same errors', () => {
    same(utf8('{"a":"\\u00e9 \u00e9 \\u2019"}'));
    same(utf8('{"a":"\\\\u00e9 \u00e9"}'));
    same(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{"a":"\u00e9"}')]));
    same(Uint8Array.from([...utf8('{"a":"'), 0xc3, 0x28, ...utf8('"}')]));
    same(utf8('{"a":"\u00e9",}'));
    same(utf8('{"a":\u00e9}'));
    same(new Uint8Array());
  });

  it('walks nesting as deep as JSON.parse reads', () => {
    const depth = 200_000;
    let v = parseJsonTaken({ bytes: utf8(`${'['.repeat(depth)}"\u00e9"${']'.repeat(depth)}`) });
    for (let d = 0; d < depth; d++) v = (v as unknown[])[0];
    expect(v).toBe('\u00e9');
  });

  it('matches JSON.parse for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        same(utf8(JSON.stringify(v, null, pretty ? 1 : undefined) ?? 'null'));
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => same(utf8(JSON.stringify({ [s]: s, k: [s] })))), { numRuns: 300 });
  });
});
