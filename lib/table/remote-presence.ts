type Report = { online: Set<string>; typing: Set<string>; expiry: ReturnType<typeof setTimeout> };

/**
 * Who is at one table through other app instances, as each last reported it.
 * A report lapses when its instance stops refreshing it (the instance died);
 * `onVanished` then names the people who are no longer anywhere.
 */
export class RemotePresence {
  private readonly reports = new Map<string, Report>();

  constructor(
    private readonly lapseMs: number,
    private readonly onVanished: (userIds: string[]) => void,
  ) {}

  /** An instance's report; returns whether it is the first heard from that instance. */
  heard(from: string, online: string[], typing: string[]): boolean {
    const previous = this.reports.get(from);
    if (previous) clearTimeout(previous.expiry);
    const expiry = setTimeout(() => this.lapse(from), this.lapseMs);
    expiry.unref?.();
    this.reports.set(from, { online: new Set(online), typing: new Set(typing), expiry });
    return !previous;
  }

  online(userId: string): boolean {
    return [...this.reports.values()].some((r) => r.online.has(userId));
  }

  typing(userId: string): boolean {
    return [...this.reports.values()].some((r) => r.typing.has(userId));
  }

  get empty(): boolean {
    return this.reports.size === 0;
  }

  stop(): void {
    for (const report of this.reports.values()) clearTimeout(report.expiry);
    this.reports.clear();
  }

  private lapse(from: string): void {
    const report = this.reports.get(from);
    this.reports.delete(from);
    const gone = [...(report?.online ?? [])].filter((userId) => !this.online(userId));
    if (gone.length) this.onVanished(gone);
  }
}
