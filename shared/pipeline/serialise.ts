/**
 * A stage's big outputs as parts: made as they are read, never held whole. The iterables here
 * start afresh each time they are iterated, so that a blob store can go through a body twice,
 * once to count its bytes (S3 needs the length first) and once to send them, holding one part
 * at a time instead of the whole encoding (docs/adr/0006-memory-budget.md).
 */

/** Strings longer than this go as several parts; cut only between whole characters. */
export const STRING_PART = 64 * 1024;

/** An iterable that calls `make` for each iteration, so it can be gone through more than once. */
export function reiterable<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make };
}

/**
 * Whether `body` can be iterated more than once: not a one-shot iterator such as a generator
 * object, whose iterator is itself.
 */
export function isReiterable(body: Iterable<unknown>): boolean {
  return (body as unknown as Iterator<unknown>).next === undefined;
}

/**
 * JSON.stringify(value), as parts made as they are read: the array under `key` one element per
 * part, and each top-level string longer than STRING_PART (a claims document's `text`) in parts
 * of at most that many characters. Concatenated, the parts are exactly JSON.stringify(value);
 * apart, no part is bigger than one element or one slice of a string, so a report of 18,000
 * claims never becomes one string of 30 million characters. Iterable more than once.
 *
 * @example [...jsonParts({ n: 1, claims: [1, 2] }, 'claims')] // ['{"n":1,"claims":[', '1', ',2', ']}']
 */
export function jsonParts(value: object, key: string): Iterable<string> {
  return reiterable(() => partsOf(value, key));
}

function* partsOf(value: object, key: string): Generator<string> {
  const record = value as Record<string, unknown>;
  const list = record[key];
  const big = Object.keys(record).filter((k) => k !== key && typeof record[k] === 'string' && (record[k] as string).length > STRING_PART);
  const hasList = Array.isArray(list) && list.length > 0;
  if (!hasList && big.length === 0) {
    yield JSON.stringify(value);
    return;
  }
  // Markers no JSON string can contain unescaped (raw control characters) stand for the array
  // and the long strings; the shell is the rest of the value, small.
  const marker = (i: number) => `\u0001factcheck-parts-${i}\u0001`;
  const fields = hasList ? [key, ...big] : big;
  // fromEntries defines the keys, where an assignment to "__proto__" would set the prototype.
  const shell = JSON.stringify(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fields.includes(k) ? marker(fields.indexOf(k)) : v])));
  const found = fields
    .map((k, i) => ({ k, at: shell.indexOf(JSON.stringify(marker(i))), length: JSON.stringify(marker(i)).length }))
    .sort((a, b) => a.at - b.at);
  let from = 0;
  for (const f of found) {
    yield shell.slice(from, f.at);
    from = f.at + f.length;
    if (f.k === key) {
      yield '[';
      for (const [i, item] of (list as unknown[]).entries()) yield `${i ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
      yield ']';
    } else {
      yield* stringParts(record[f.k] as string);
    }
  }
  yield shell.slice(from);
}

/**
 * JSON.stringify(s) in parts. Escaping goes char by char except that a surrogate pair stays
 * raw where a lone surrogate is escaped, so a cut never falls inside a pair.
 */
function* stringParts(s: string): Generator<string> {
  yield '"';
  for (let at = 0; at < s.length; ) {
    let end = Math.min(s.length, at + STRING_PART);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield JSON.stringify(s.slice(at, end)).slice(1, -1);
    at = end;
  }
  yield '"';
}

/** The UTF-8 length of the parts, concatenated (kept on parts counted before: see `counted`). */
export function utf8Length(parts: Iterable<string>): number {
  const known = COUNTED.get(parts);
  if (known !== undefined) return known;
  let n = 0;
  for (const p of parts) n += Buffer.byteLength(p, 'utf8');
  return n;
}

const COUNTED = new WeakMap<Iterable<string>, number>();

/**
 * The UTF-8 length of reiterable parts, counted once and remembered with them: a stage that
 * measures an output against a limit hands the same parts to the blob store, whose count for
 * the request's length is then the one already made, not another pass of serialising.
 */
export function counted(parts: Iterable<string>): number {
  const n = utf8Length(parts);
  COUNTED.set(parts, n);
  return n;
}

/**
 * The parts encoded to UTF-8, gathered into chunks of about `size` bytes (a part bigger than
 * that is a chunk of its own). Parts are whole strings, so no character is cut across chunks.
 */
export function* utf8Chunks(parts: Iterable<string>, size = 64 * 1024): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  for (const p of parts) {
    if (!p.length) continue;
    const n = Buffer.byteLength(p, 'utf8');
    if (used + n > size && used > 0) {
      yield chunk.subarray(0, used);
      chunk = Buffer.allocUnsafe(size);
      used = 0;
    }
    if (n > size) yield Buffer.from(p, 'utf8');
    else used += chunk.write(p, used, 'utf8');
  }
  if (used > 0) yield chunk.subarray(0, used);
}
