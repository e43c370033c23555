// A least-recently-used cache whose capacity an analysis can raise for as long as it runs.
//
// The per-sentence caches (compromise parses, their terms, VADER scores) are sized for typing: a keystroke
// re-reads the sentence being typed and finds the rest cached. One analysis reads every sentence once per
// rule that needs it, so a draft with more sentences than the cache holds missed on every read (an LRU scanned
// in order evicts exactly what the next pass needs): each rule re-parsed the whole draft. `reserve(n)` keeps
// room for n entries until the analysis releases it; the cache then shrinks back to its own size, keeping the
// most recently used entries.

export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private readonly reservations: number[] = [];

  constructor(private readonly size: number) {}

  get capacity(): number {
    return Math.max(this.size, ...this.reservations);
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
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
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.reservations.splice(this.reservations.indexOf(held), 1);
      this.trim();
    };
  }

  private trim(): void {
    const cap = this.capacity;
    while (this.map.size > cap) this.map.delete(this.map.keys().next().value as K);
  }
}
