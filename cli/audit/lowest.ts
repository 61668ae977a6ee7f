/**
 * The `k` smallest items seen so far, by `compare`, in order: a bounded list for "the weakest posts", so an
 * audit of any length keeps `k` posts in memory, not all of them. Among equals the earlier item stays.
 */
export class Lowest<T> {
  private readonly items: T[] = [];

  constructor(
    readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Offers an item; it is kept only if it ranks among the lowest `k`. `make` builds it only then. */
  offer(probe: T, make: () => T = () => probe): void {
    if (this.k <= 0) return;
    const last = this.items.at(-1);
    if (this.items.length >= this.k && last !== undefined && this.compare(probe, last) >= 0) return;
    // Insert after every item that is not greater, so equals keep their arrival order.
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.items[mid] as T, probe) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, make());
    if (this.items.length > this.k) this.items.pop();
  }

  toArray(): T[] {
    return [...this.items];
  }

  get size(): number {
    return this.items.length;
  }
}
