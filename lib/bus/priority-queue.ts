import type { Priority } from '@/lib/messages';

const order: Priority[] = ['high', 'normal', 'low'];

/** First in, first out within a priority; high before normal before low. */
export class PriorityQueue<T> {
  private readonly lanes: Record<Priority, T[]> = { high: [], normal: [], low: [] };
  private heads: Record<Priority, number> = { high: 0, normal: 0, low: 0 };
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(priority: Priority, item: T): void {
    this.lanes[priority].push(item);
    this.count += 1;
  }

  shift(): T | undefined {
    for (const priority of order) {
      const lane = this.lanes[priority];
      const head = this.heads[priority];
      if (head < lane.length) {
        const item = lane[head]!;
        // Let go of the item at once: the lane may live on long after it is handled.
        lane[head] = undefined as T;
        this.count -= 1;
        // Advance a head index instead of shifting the array; drop the consumed
        // prefix once it is most of the lane, so a lane that never empties stays small.
        const next = head + 1;
        if (next === lane.length) {
          lane.length = 0;
          this.heads[priority] = 0;
        } else if (next >= 1024 && next * 2 > lane.length) {
          lane.splice(0, next);
          this.heads[priority] = 0;
        } else {
          this.heads[priority] = next;
        }
        return item;
      }
    }
    return undefined;
  }
}
