/**
 * A Map for values worked out once and asked for again (day ranges, worded dates): when it
 * reaches its bound it starts afresh, since the inputs it sees are unbounded (claims bring
 * dates of their own) while the ones asked for again are few.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly bound = 10_000) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.bound && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
