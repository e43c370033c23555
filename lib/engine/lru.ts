// A least-recently-used cache whose capacity an analysis can raise for as long as it runs.
//
// The per-sentence caches (compromise parses, their terms, VADER scores) are sized for typing: a keystroke
// re-reads the sentence being typed and finds the rest cached. One analysis reads every sentence once per
// rule that needs it, so a draft with more sentences than the cache holds missed on every read (an LRU scanned
// in order evicts exactly what the next pass needs): each rule re-parsed the whole draft. `reserve(n)` keeps
// room for n entries until the analysis releases it; the cache then shrinks back to its own size, keeping the
// most recently used entries (as below).
//
// A read moves its entry to the recent end only once the entry has aged past half the capacity (that many
// writes and moves since its own): a keystroke reads every sentence of the draft in every cache, and moving an
// entry (a delete and a re-insert in the Map) cost about ten times a plain look-up. So an entry read within the
// last capacity/2 writes is never the next to go (a strict LRU promises that for the last `capacity` writes).

interface Slot<V> {
  value: V;
  /** When the entry last moved to the recent end (a count of writes and moves). */
  at: number;
}

export class Lru<K, V> {
  private readonly map = new Map<K, Slot<V>>();
  private readonly reservations: number[] = [];
  private clock = 0;
  private cap: number;

  constructor(private readonly size: number) {
    this.cap = size;
  }

  get capacity(): number {
    return this.cap;
  }

  /** Is `key` held? (A look-up only: the entry does not move.) */
  has(key: K): boolean {
    return this.map.has(key);
  }

  get(key: K): V | undefined {
    const slot = this.map.get(key);
    return slot === undefined ? undefined : this.touch(key, slot);
  }

  /**
   * The value for `key`, made by `make` and stored when the cache does not hold it (a stored `null` or
   * `undefined` is a value, not a miss): the memo every per-sentence and per-line cache reads through.
   */
  getOr(key: K, make: (key: K) => V): V {
    const slot = this.map.get(key);
    if (slot !== undefined) return this.touch(key, slot);
    const value = make(key);
    this.set(key, value);
    return value;
  }

  private touch(key: K, slot: Slot<V>): V {
    if (this.clock - slot.at >= this.cap >> 1) {
      this.map.delete(key);
      this.map.set(key, slot);
      slot.at = ++this.clock;
    }
    return slot.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { value, at: ++this.clock });
    this.trim();
  }

  /** Forget every entry (reservations stay). */
  clear(): void {
    this.map.clear();
  }

  get entries(): number {
    return this.map.size;
  }

  /** Hold at least n entries until the returned function is called (calling it again does nothing). */
  reserve(n: number): () => void {
    const held = Math.max(0, Math.trunc(n));
    this.reservations.push(held);
    this.cap = Math.max(this.size, ...this.reservations);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.reservations.splice(this.reservations.indexOf(held), 1);
      this.cap = Math.max(this.size, ...this.reservations);
      this.trim();
    };
  }

  private trim(): void {
    while (this.map.size > this.cap) this.map.delete(this.map.keys().next().value as K);
  }
}
