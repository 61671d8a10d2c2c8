/**
 * `JSON.stringify(value, null, 2)`, in pieces of about `pieceBytes` characters each: a report of
 * 50,000 claims is some 100 MB of JSON, and as one string it cost a cold `check` more than a
 * second to build and encode, on top of its memory. Joined, the pieces are exactly what
 * `JSON.stringify` gives (tests/cli/json-pieces.test.ts holds the two equal).
 *
 * Only arrays longer than `longArray`, and the objects and arrays that hold one, are taken apart;
 * everything else is given to `JSON.stringify` whole. (The pipeline's reports are compact JSON,
 * made in parts by shared/pipeline/serialise.ts; the CLI's are indented for a reader.)
 */
export function* jsonPieces(value: unknown, options: { longArray?: number; pieceBytes?: number } = {}): Generator<string> {
  const longArray = options.longArray ?? 256;
  const pieceBytes = options.pieceBytes ?? 1 << 20;
  let buffer = '';
  for (const s of pieces(value, 0, longArray)) {
    buffer += s;
    if (buffer.length >= pieceBytes) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && Object.getPrototypeOf(v) === Object.prototype;

/** Whether a value holds a long array within a few levels (a report's claims, a list of reports' claims). */
function holdsLong(v: unknown, longArray: number, depth = 0): boolean {
  if (depth > 3) return false;
  if (Array.isArray(v)) return v.length > longArray || v.some((x) => holdsLong(x, longArray, depth + 1));
  if (isPlain(v)) {
    for (const k in v) if (holdsLong(v[k], longArray, depth + 1)) return true;
  }
  return false;
}

/**
 * JSON.stringify's text of a value nested `depth` levels deep: the value is wrapped in as many
 * one-element arrays, and the wrappers' text cut off, which costs far less than re-indenting
 * every line of the text.
 */
function whole(v: unknown, depth: number): string {
  let w: unknown = v === undefined ? null : v;
  for (let i = 0; i < depth; i++) w = [w];
  const s = JSON.stringify(w, null, 2) ?? 'null';
  return depth ? s.slice(wrapper(depth).open, s.length - wrapper(depth).close) : s;
}
/** The lengths of the wrappers' text before and after the value, per depth. */
const wrappers: Array<{ open: number; close: number }> = [];
function wrapper(depth: number): { open: number; close: number } {
  return (wrappers[depth] ??= {
    open: Array.from({ length: depth }, (_, k) => `[\n${'  '.repeat(k + 1)}`).join('').length,
    close: Array.from({ length: depth }, (_, k) => `\n${'  '.repeat(depth - 1 - k)}]`).join('').length,
  });
}

function* pieces(v: unknown, depth: number, longArray: number): Generator<string> {
  if (!holdsLong(v, longArray)) {
    yield whole(v, depth);
    return;
  }
  const pad = '  '.repeat(depth);
  const inner = `${pad}  `;
  if (Array.isArray(v)) {
    // The elements of a long array are written whole: only a short one's are looked into.
    const long = v.length > longArray;
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const x = omitted(v[i]) ? null : v[i];
      if (long) yield whole(x, depth + 1);
      else yield* pieces(x, depth + 1, longArray);
    }
    yield `\n${pad}]`;
    return;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !omitted(o[k]));
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: `;
    yield* pieces(o[keys[i]!], depth + 1, longArray);
  }
  yield `\n${pad}}`;
}
