/** A sorted array of 32-bit hashes with a byte of payload each: compact, loads instantly, binary-searched. */
export class HashSet {
  /** A 2^16-bit prefilter, so most misses cost one bit test instead of a binary search. */
  private readonly filter = new Uint32Array(2048);

  constructor(
    readonly keys: Uint32Array,
    readonly values: Uint8Array | null = null,
  ) {
    for (const k of keys) this.filter[(k >>> 5) & 2047] = this.filter[(k >>> 5) & 2047]! | (1 << (k & 31));
  }

  /** The payload (1 when there is none) of `key`, or 0 when absent. */
  get(key: number): number {
    if (!(this.filter[(key >>> 5) & 2047]! & (1 << (key & 31)))) return 0;
    const k = this.keys;
    let lo = 0;
    let hi = k.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = k[mid]!;
      if (v < key) lo = mid + 1;
      else if (v > key) hi = mid - 1;
      else return this.values ? this.values[mid]! : 1;
    }
    return 0;
  }

  static fromMap(map: Map<number, number>): HashSet {
    const keys = Uint32Array.from(map.keys()).sort();
    return new HashSet(
      keys,
      Uint8Array.from(keys, (k) => map.get(k)!),
    );
  }
}
