/**
 * A small least-recently-used cache bounded by the total size of its keys (characters), for pure
 * functions of text. Keys are the exact inputs, not hashes of them: a hit is always for the same
 * text, so a cached answer can never belong to a different message.
 */
export class TextLru<V> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  constructor(
    /** Total key characters kept; older entries are dropped beyond it. */
    private readonly maxChars: number,
    /** Keys longer than this are not cached (they would push out many short ones). */
    private readonly maxKeyChars = Math.floor(maxChars / 64),
  ) {}

  /** The cached value for `key`, or `compute(key)` remembered under it. */
  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Refresh recency: a Map iterates in insertion order, so re-inserting moves the key last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (key.length > this.maxKeyChars) return value;
    this.entries.set(key, value);
    this.size += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.size <= this.maxChars) break;
      this.entries.delete(oldest);
      this.size -= oldest.length;
    }
    return value;
  }

  get count(): number {
    return this.entries.size;
  }
}
