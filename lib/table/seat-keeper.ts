import type { Identity } from '@/lib/auth/identity';
import { listMembers, type Member } from '@/lib/db/queries/members';
import type { Database } from '@/lib/db/types';
import { PRESENCE_HEARTBEAT_MS } from '@/lib/realtime/channels';
import type { LiveHub } from '@/lib/realtime/hub';
import type { PresenceEntry } from '@/lib/realtime/live-events';
import { RemotePresence } from './remote-presence';
import type { SessionHost } from './session-host';
import { broadcastPresence } from './table-broadcast';

/** Typing shows for this long after the last keystroke report. */
const TYPING_MS = 4_000;
/** Missing two heartbeats in a row counts as leaving. */
const LEASE_MS = PRESENCE_HEARTBEAT_MS * 2 + 5_000;

type Table = {
  members: Member[];
  /** Open live feeds per person: a person with none is offline. */
  online: Map<string, number>;
  typing: Map<string, ReturnType<typeof setTimeout>>;
  /** People who dropped, waiting out the grace period before an AI player takes their seats. */
  leaving: Map<string, ReturnType<typeof setTimeout>>;
  /** People at the table through other app instances. */
  remote: RemotePresence;
};

export type SeatKeeperOptions = {
  db: Database;
  hub: LiveHub;
  sessions: SessionHost;
  graceMs: number;
  /** With other app instances: tells them who is at a table through this one (`ask`: and wants to hear theirs). */
  share?: (sessionId: string, report: { online: string[]; typing: string[]; ask: boolean }) => void;
};

/**
 * Knows who is at each table right now, tells everyone (presence and typing),
 * and keeps play moving: a player gone longer than the grace period has an AI
 * player take their seats until they return. (A fight turn that runs past the
 * turn timeout is the session machine's to notice.)
 */
export class SeatKeeper {
  private readonly tables = new Map<string, Promise<Table>>();
  /** Presence held by heartbeats rather than an open feed, by session and person. */
  private readonly leases = new Map<string, { leave: Promise<() => void>; timer: ReturnType<typeof setTimeout> }>();
  /** Reports this instance's people to the others now and then, so a report that stops means the instance is gone. */
  private readonly refresher: ReturnType<typeof setInterval> | null;

  constructor(private readonly options: SeatKeeperOptions) {
    this.refresher = options.share ? setInterval(() => this.shareAll(), PRESENCE_HEARTBEAT_MS) : null;
    this.refresher?.unref?.();
  }

  /** A person opened the table's live feed; the returned function is called when it closes. */
  async connected(sessionId: string, identity: Identity): Promise<() => void> {
    const table = await this.table(sessionId);
    const count = table.online.get(identity.userId) ?? 0;
    table.online.set(identity.userId, count + 1);
    const leaving = table.leaving.get(identity.userId);
    if (leaving) clearTimeout(leaving);
    table.leaving.delete(identity.userId);
    if (count === 0) {
      await this.handBack(sessionId, table, identity.userId, `${this.nameOf(table, identity.userId)} is back`);
      this.changed(sessionId, table);
    }
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (table.online.get(identity.userId) ?? 1) - 1;
      if (left > 0) return void table.online.set(identity.userId, left);
      table.online.delete(identity.userId);
      this.stopTyping(table, identity.userId);
      this.changed(sessionId, table);
      this.wentAway(sessionId, table, identity.userId);
    };
  }

  /** After the grace period, an AI player takes the seats of someone who has not come back, here or at another instance. */
  private wentAway(sessionId: string, table: Table, userId: string): void {
    if (table.leaving.has(userId)) return;
    const timer = setTimeout(() => {
      table.leaving.delete(userId);
      if (this.isOnline(table, userId)) return;
      void this.standIn(sessionId, table, userId, `${this.nameOf(table, userId)} left`).finally(() => this.forgetIfEmpty(sessionId, table));
    }, this.options.graceMs);
    timer.unref?.();
    table.leaving.set(userId, timer);
  }

  /** Another instance's report of who is at a table through it. */
  async heard(from: string, sessionId: string, { online, typing, ask }: { online: string[]; typing: string[]; ask: boolean }): Promise<void> {
    const pending = this.tables.get(sessionId);
    if (!pending) return;
    const table = await pending;
    const first = table.remote.heard(from, online, typing);
    // Someone who joined through another instance is not in this instance's list yet.
    if (online.some((userId) => !table.members.some((m) => m.userId === userId))) table.members = await listMembers(this.options.db, { sessionId });
    for (const userId of online) {
      clearTimeout(table.leaving.get(userId));
      table.leaving.delete(userId);
    }
    // An instance new to the table learns at once who is here, rather than at the next refresh.
    if ((first || ask) && table.online.size > 0) this.share(sessionId, table);
    this.announce(sessionId, table);
  }

  /**
   * The browser is at the table (it follows it over Supabase Realtime, not
   * this server's feed); with no heartbeat for a while it counts as gone.
   */
  heartbeat(sessionId: string, identity: Identity): void {
    const key = `${sessionId}:${identity.userId}`;
    const lease = this.leases.get(key);
    if (lease) clearTimeout(lease.timer);
    const leave = lease?.leave ?? this.connected(sessionId, identity);
    const timer = setTimeout(() => {
      this.leases.delete(key);
      void leave.then((done) => done());
    }, LEASE_MS);
    timer.unref?.();
    this.leases.set(key, { leave, timer });
  }

  typing(sessionId: string, userId: string): void {
    void this.table(sessionId).then((table) => {
      const wasTyping = table.typing.has(userId);
      this.stopTyping(table, userId);
      const timer = setTimeout(() => {
        table.typing.delete(userId);
        this.changed(sessionId, table);
      }, TYPING_MS);
      timer.unref?.();
      table.typing.set(userId, timer);
      if (!wasTyping) this.changed(sessionId, table);
    });
  }

  /** Members, seats or names changed in the database: read them again and tell everyone. */
  async membersChanged(sessionId: string): Promise<void> {
    const pending = this.tables.get(sessionId);
    if (!pending) return;
    const table = await pending;
    table.members = await listMembers(this.options.db, { sessionId });
    this.announce(sessionId, table);
  }

  presence(sessionId: string): Promise<PresenceEntry[]> {
    return this.table(sessionId).then((table) => this.entries(table));
  }

  /** Gives a person's seats back to them from the AI players standing in. */
  private handBack(sessionId: string, table: Table, userId: string, why: string): Promise<void> {
    return this.reseat(sessionId, table, userId, 'human', (name) => `${why} and plays ${name} again`);
  }

  private standIn(sessionId: string, table: Table, userId: string, why: string): Promise<void> {
    return this.reseat(sessionId, table, userId, 'ai', (name) => `${why}; an AI player plays ${name} until they return`);
  }

  /** Moves each of a person's seats not already played that way to the given controller. */
  private async reseat(sessionId: string, table: Table, userId: string, controller: 'human' | 'ai', reason: (name: string) => string): Promise<void> {
    const { state } = await this.options.sessions.view(sessionId);
    for (const characterId of table.members.find((m) => m.userId === userId)?.seats ?? []) {
      const character = state.party.find((c) => c.id === characterId);
      if (!character || character.controller === controller) continue;
      await this.options.sessions.command(sessionId, { type: 'seat.change', characterId, controller, reason: reason(character.name) });
    }
  }

  private table(sessionId: string): Promise<Table> {
    let pending = this.tables.get(sessionId);
    if (!pending) {
      pending = listMembers(this.options.db, { sessionId }).then((members) => {
        const table: Table = {
          members,
          online: new Map(),
          typing: new Map(),
          leaving: new Map(),
          // An instance that died took its people's feeds with it: those not back elsewhere are gone.
          remote: new RemotePresence(LEASE_MS, (gone) => {
            for (const userId of gone) if (!this.isOnline(table, userId)) this.wentAway(sessionId, table, userId);
            this.announce(sessionId, table);
          }),
        };
        return table;
      });
      this.tables.set(sessionId, pending);
      pending.catch(() => this.tables.delete(sessionId));
    }
    return pending;
  }

  /** A table nobody is at any more needs no watching; it is read again when someone comes back. */
  private forgetIfEmpty(sessionId: string, table: Table): void {
    if (table.online.size > 0 || table.leaving.size > 0) return;
    table.remote.stop();
    this.tables.delete(sessionId);
  }

  private stopTyping(table: Table, userId: string): void {
    const timer = table.typing.get(userId);
    if (timer) clearTimeout(timer);
    table.typing.delete(userId);
  }

  private nameOf(table: Table, userId: string): string {
    return table.members.find((m) => m.userId === userId)?.displayName ?? 'A player';
  }

  private entries(table: Table): PresenceEntry[] {
    return table.members.map((m) => ({
      userId: m.userId,
      name: m.displayName,
      role: m.role,
      seats: m.seats,
      online: this.isOnline(table, m.userId),
      typing: table.typing.has(m.userId) || table.remote.typing(m.userId),
    }));
  }

  private isOnline(table: Table, userId: string): boolean {
    return table.online.has(userId) || table.remote.online(userId);
  }

  private announce(sessionId: string, table: Table): void {
    broadcastPresence(this.options.hub, sessionId, this.entries(table));
  }

  /** Something changed at this instance: tell the other instances and everyone here. */
  private changed(sessionId: string, table: Table): void {
    this.share(sessionId, table);
    this.announce(sessionId, table);
  }

  private share(sessionId: string, table: Table): void {
    this.options.share?.(sessionId, { online: [...table.online.keys()], typing: [...table.typing.keys()], ask: table.remote.empty });
  }

  private shareAll(): void {
    for (const [sessionId, pending] of this.tables) {
      void pending.then((table) => table.online.size > 0 && this.share(sessionId, table), () => {});
    }
  }

  stop(): void {
    if (this.refresher) clearInterval(this.refresher);
    for (const lease of this.leases.values()) clearTimeout(lease.timer);
    this.leases.clear();
    for (const pending of this.tables.values()) {
      void pending.then((table) => {
        table.remote.stop();
        for (const timer of [...table.typing.values(), ...table.leaving.values()]) clearTimeout(timer);
      });
    }
    this.tables.clear();
  }
}
