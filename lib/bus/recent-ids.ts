/**
 * The last `capacity` message ids an agent finished, with what it answered,
 * oldest forgotten first. A ring of ids says which one to forget next: asking
 * a Map for its first key instead gets slower as deleted entries pile up at
 * its front.
 */
export class RecentIds<T> {
  private readonly entries = new Map<string, T>();
  private readonly ring: Array<string | undefined>;
  private next = 0;

  constructor(capacity: number) {
    this.ring = new Array<string | undefined>(capacity);
  }

  get(id: string): T | undefined {
    return this.entries.get(id);
  }

  set(id: string, value: T): void {
    if (!this.entries.has(id)) {
      const oldest = this.ring[this.next];
      if (oldest !== undefined) this.entries.delete(oldest);
      this.ring[this.next] = id;
      this.next = (this.next + 1) % this.ring.length;
    }
    this.entries.set(id, value);
  }
}
