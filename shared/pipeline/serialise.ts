/**
 * JSON.stringify(value), as parts made as they are read: the array under `key` one element per
 * part. Concatenated, the parts are exactly JSON.stringify(value); apart, no part is bigger than
 * one element, so a report of 18,000 claims never becomes one string of 30 million characters.
 */
export function* jsonParts(value: object, key: string): Generator<string> {
  const list = (value as Record<string, unknown>)[key];
  if (!Array.isArray(list) || list.length === 0) {
    yield JSON.stringify(value);
    return;
  }
  // A marker no JSON string can contain unescaped (a raw control character) stands for the array.
  const marker = '\u0001factcheck-parts\u0001';
  const shell = JSON.stringify({ ...value, [key]: marker });
  const at = shell.indexOf(JSON.stringify(marker));
  yield `${shell.slice(0, at)}[`;
  for (const [i, item] of list.entries()) yield `${i ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
  yield `]${shell.slice(at + JSON.stringify(marker).length)}`;
}
