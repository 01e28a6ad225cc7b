/**
 * Ids for pairs of term ids (a word and the next word of a text), in a hash table of typed
 * arrays: a feed of 20,000 long descriptions has tens of thousands of pairs met over a million
 * times, and a `Map` keyed by a number too big for a small integer made the index's build half
 * as slow again.
 */
export class PairTable {
  #firsts: Int32Array;
  #seconds: Int32Array;
  /** Each slot's pair id plus one; 0 is an empty slot. */
  #ids: Int32Array;
  #size = 0;

  constructor(capacity = 1 << 12) {
    this.#firsts = new Int32Array(capacity);
    this.#seconds = new Int32Array(capacity);
    this.#ids = new Int32Array(capacity);
  }

  /** How many pairs have an id. */
  get size(): number {
    return this.#size;
  }

  /** The pair's id, or undefined when it has none. */
  get(first: number, second: number): number | undefined {
    const id = this.#ids[this.#slot(first, second)] ?? 0;
    return id === 0 ? undefined : id - 1;
  }

  /** The pair's id, given the next one free when it has none yet. */
  add(first: number, second: number): number {
    let slot = this.#slot(first, second);
    const id = this.#ids[slot] ?? 0;
    if (id !== 0) return id - 1;
    if ((this.#size + 1) * 2 > this.#ids.length) {
      this.#grow();
      slot = this.#slot(first, second);
    }
    this.#firsts[slot] = first;
    this.#seconds[slot] = second;
    this.#ids[slot] = ++this.#size;
    return this.#size - 1;
  }

  /** Where the pair is, or the empty slot where it would go (linear probing). */
  #slot(first: number, second: number): number {
    const mask = this.#ids.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
    while (this.#ids[slot] !== 0 && (this.#firsts[slot] !== first || this.#seconds[slot] !== second)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  #grow(): void {
    const [firsts, seconds, ids] = [this.#firsts, this.#seconds, this.#ids];
    this.#firsts = new Int32Array(ids.length * 2);
    this.#seconds = new Int32Array(ids.length * 2);
    this.#ids = new Int32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === 0) continue;
      const slot = this.#slot(firsts[i] ?? 0, seconds[i] ?? 0);
      this.#firsts[slot] = firsts[i] ?? 0;
      this.#seconds[slot] = seconds[i] ?? 0;
      this.#ids[slot] = ids[i] ?? 0;
    }
  }
}
