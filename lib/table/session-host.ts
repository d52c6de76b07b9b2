import { waitFor } from 'xstate';
import type { AssetStores } from '@/lib/assets/store';
import type { Identity } from '@/lib/auth/identity';
import { throwIfRefused } from '@/lib/auth/table-access';
import type { MessageBus } from '@/lib/bus';
import { openingState } from '@/lib/campaigns/arrival';
import { newDiceKey } from '@/lib/rules/dice-key';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { enqueueAction, nextQueuedAction, sessionsWithQueuedActions } from '@/lib/db/queries/session-actions';
import { createSession } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { LiveHub } from '@/lib/realtime/hub';
import { publicState } from '@/lib/rules/public-state';
import type { RulesState } from '@/lib/rules/state';
import { whyCannotAct } from '@/lib/rules/who-may-act';
import type { LiveSession } from './live-session';
import type { ModelMetrics } from '@/lib/ops/model-metrics';
import { loadLiveSession } from './session-loader';
import { statusOf, viewFromDatabase, type TableView } from './table-view';
import type { TableLeases } from './table-leases';
import type { TableRelay } from './table-relay';
import type { CommandOutcome, TableCommand } from '@/machines/session/types';

export type SessionHostOptions = {
  db: Database;
  bus: MessageBus;
  hub: LiveHub;
  agentTimeoutMs: number;
  /** How long a person's fight turn may wait before an AI player stands in. */
  turnTimeoutMs: number;
  /** Where paintings of battle maps are kept, when a model makes them. */
  assets?: AssetStores;
  /** An idle session's actor leaves memory after this long; its snapshot brings it back on the next request. */
  idleTtlMs?: number;
  /** Counts the models' tokens and latency of every committed turn. */
  modelMetrics?: ModelMetrics;
  /**
   * Several app instances on one database and bus: each table is played by
   * the instance holding its lease; the others queue actions and pass
   * commands to it over the relay. Alone, an instance plays every table.
   */
  sharing?: { leases: TableLeases; relay: TableRelay };
};

/**
 * Keeps one session actor per live session in this process, wires its I/O
 * (bus requests, database commits, live broadcasts, the agents' memory of the
 * story) and turns requests from people into machine events.
 */
export class SessionHost {
  private readonly sessions = new Map<string, Promise<LiveSession>>();

  constructor(private readonly options: SessionHostOptions) {
    const every = Math.min(60_000, Math.max(1_000, (options.idleTtlMs ?? 3_600_000) / 4));
    this.sweeper = setInterval(() => void this.sweep(), every);
    this.sweeper.unref();
    this.orphanWatch = options.sharing ? setInterval(() => void this.keepTablesMoving(), Math.max(250, options.sharing.leases.ttlMs / 2)) : null;
    this.orphanWatch?.unref();
  }

  private readonly orphanWatch: ReturnType<typeof setInterval> | null;

  /**
   * Opens a new table for a campaign; a given seed replays the same dice and
   * decisions (tests, evals). The game master plays the campaign's human characters.
   */
  async create(campaignId: string, options: { seed?: number; gm?: Identity } = {}): Promise<{ sessionId: string }> {
    const campaign = await getCampaignById(this.options.db, { id: campaignId });
    if (!campaign) throw new AppError('not_found', `There is no campaign "${campaignId}"`);
    const sessionId = crypto.randomUUID();
    const state = openingState(campaign, options.seed ?? newDiceKey());
    await createSession(this.options.db, {
      id: sessionId,
      campaignId,
      state,
      // The log keeps the opening state for replays and checks, but not the dice key: rolls are recorded as they fall.
      events: [{ type: 'session.started', data: { campaignTitle: campaign.title, scene: state.scene, initialState: { ...state, seed: undefined } } }],
      gm: options.gm && {
        ...options.gm,
        seats: state.party.filter((c) => c.controller === 'human').map((c) => c.id),
      },
    });
    return { sessionId };
  }

  /**
   * Queues a person's action and returns at once; the table applies queued
   * actions one at a time, in arrival order, each exactly once. The same
   * idempotency key always names the same action.
   */
  async submit(
    sessionId: string,
    input: { characterId: string; text: string; idempotencyKey: string },
  ): Promise<{ turnId: string; duplicate: boolean }> {
    const { state } = await this.view(sessionId);
    throwIfRefused(whyCannotAct(state, { characterId: input.characterId, paused: false, queued: true }));
    const { action, duplicate } = await enqueueAction(this.options.db, { sessionId, ...input });
    if (action.characterId !== input.characterId || action.text !== input.text) {
      throw new AppError('conflict', 'This idempotency key was already used for a different action');
    }
    void this.kick(sessionId);
    return { turnId: action.id, duplicate };
  }

  /**
   * Takes the table unless another instance plays it. Returns null when this
   * instance plays it (always, alone), or the instance that does.
   */
  private async takeTable(sessionId: string): Promise<string | null> {
    const sharing = this.options.sharing;
    if (!sharing || sharing.leases.holds(sessionId)) return null;
    const holder = await sharing.leases.claim(sessionId);
    if (holder === null) throw new AppError('not_found', `There is no session "${sessionId}"`);
    return holder === sharing.leases.id ? null : holder;
  }

  /** Gets queued actions going, here or at the instance that plays the table. */
  private async kick(sessionId: string): Promise<void> {
    try {
      const elsewhere = await this.takeTable(sessionId);
      if (elsewhere === null) await this.pump(sessionId);
      else this.options.sharing!.relay.wake(elsewhere, sessionId);
    } catch (error) {
      console.error(`[session ${sessionId}] could not start its queued actions:`, error);
    }
  }

  /** Another instance queued actions for a table this one plays. */
  wake(sessionId: string): void {
    void this.kick(sessionId);
  }

  /**
   * Takes over tables whose instance died, resuming whatever they owed (the
   * actor restores from the last snapshot), and looks at the queue of every
   * table this instance plays: a wake-up note is not guaranteed to arrive.
   */
  private async keepTablesMoving(): Promise<void> {
    try {
      for (const sessionId of await sessionsWithQueuedActions(this.options.db, { sessionIds: this.options.sharing!.leases.tables })) void this.pump(sessionId);
    } catch (error) {
      console.error('[sessions] could not look at the queues of the tables this instance plays:', error);
    }
    try {
      for (const sessionId of await this.options.sharing!.leases.orphans()) {
        if ((await this.takeTable(sessionId)) !== null) continue;
        console.warn(`[session ${sessionId}] taking up a table no live instance was playing`);
        await this.session(sessionId);
        void this.pump(sessionId);
      }
    } catch (error) {
      console.error('[sessions] could not look for tables left without an instance:', error);
    }
  }

  /** Another instance took over a table this one played (this one stalled past its lease): let it go. */
  leaseLost(sessionId: string): void {
    const pending = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    void pending?.then((live) => live.actor.stop(), () => {});
  }

  /**
   * Hands the table a seat change or a game master's command. A busy table
   * takes it as soon as the turn under way is committed; commands keep their order.
   */
  async command(sessionId: string, command: TableCommand): Promise<void> {
    await this.queue(sessionId, command);
  }

  /**
   * Hands the table a command and waits (up to `timeoutMs`) to hear what became
   * of it; 'pending' when the turn under way outlasts the wait, or another
   * instance plays the table.
   */
  async commandSettled(sessionId: string, command: TableCommand, timeoutMs: number): Promise<CommandOutcome | { kind: 'pending' }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ kind: 'pending' }), timeoutMs);
      const settle = (outcome: CommandOutcome | { kind: 'pending' }) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.queue(sessionId, command, settle).then((queued) => queued || settle({ kind: 'pending' }), reject);
    });
  }

  /** Hands a command to this instance's copy of the table, which queues it while busy, or passes it on to the one playing it (false). */
  private async queue(sessionId: string, command: TableCommand, settle?: (outcome: CommandOutcome) => void): Promise<boolean> {
    const elsewhere = await this.takeTable(sessionId);
    if (elsewhere !== null) {
      this.options.sharing!.relay.command(elsewhere, sessionId, command);
      return false;
    }
    const live = await this.session(sessionId);
    if (settle) live.waiting.set(command, settle);
    live.actor.send(command);
    return true;
  }

  /** The table as a page that has just loaded needs it: what players may see, and what is happening now. */
  async view(sessionId: string): Promise<TableView> {
    if (this.options.sharing && !this.options.sharing.leases.holds(sessionId)) return viewFromDatabase(this.options.db, sessionId);
    const snapshot = (await this.session(sessionId)).actor.getSnapshot();
    return { state: publicState(snapshot.context.state), version: snapshot.context.version, status: statusOf(snapshot) };
  }

  /** Resolves once the table waits for a person again: every queued action applied, every AI and monster turn owed played. */
  async settled(sessionId: string): Promise<void> {
    if ((await this.takeTable(sessionId)) !== null) throw new Error(`Session ${sessionId} is played by another instance`);
    for (;;) {
      const { actor } = await this.session(sessionId);
      await waitFor(actor, (snapshot) => snapshot.matches('awaitingAction'), { timeout: Infinity });
      await this.pump(sessionId);
      const again = await this.session(sessionId);
      if (again.actor.getSnapshot().matches('awaitingAction') && !(await this.canApplyNext(sessionId))) return;
    }
  }

  /** Hands the next queued action to the table when the table can take it. */
  private pumps = new Map<string, Promise<void>>();

  private pump(sessionId: string): Promise<void> {
    const previous = this.pumps.get(sessionId) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (this.options.sharing && !this.options.sharing.leases.holds(sessionId)) return;
      const live = await this.session(sessionId);
      const snapshot = live.actor.getSnapshot();
      if (!snapshot.matches('awaitingAction')) return;
      const action = await nextQueuedAction(this.options.db, { sessionId });
      if (!action) return;
      if (!this.mayTake(snapshot.context, action.characterId)) return;
      live.actor.send({ type: 'player.action', turnId: action.id, characterId: action.characterId, text: action.text });
    });
    const settled = next.catch((error: unknown) => console.error(`[session ${sessionId}] could not apply the next action:`, error));
    this.pumps.set(sessionId, settled);
    return settled;
  }

  private async canApplyNext(sessionId: string): Promise<boolean> {
    const action = await nextQueuedAction(this.options.db, { sessionId });
    if (!action) return false;
    const { actor } = await this.session(sessionId);
    return this.mayTake(actor.getSnapshot().context, action.characterId);
  }

  /** Whether the table would take a queued action for this character now (the machine asks the same). */
  private mayTake({ state, paused }: { state: RulesState; paused: boolean }, characterId: string): boolean {
    return whyCannotAct(state, { characterId, paused }) === null;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.orphanWatch) clearInterval(this.orphanWatch);
    for (const pending of this.sessions.values()) {
      const live = await pending.catch(() => null);
      live?.actor.stop();
    }
    this.sessions.clear();
    await this.options.sharing?.leases.stop();
  }

  private async session(sessionId: string): Promise<LiveSession> {
    let pending = this.sessions.get(sessionId);
    if (!pending) {
      pending = loadLiveSession(this.options, sessionId, { reload: () => void this.kick(sessionId), pump: () => void this.pump(sessionId) });
      this.sessions.set(sessionId, pending);
      pending.catch(() => this.sessions.delete(sessionId));
    }
    const live = await pending;
    if (live.stale && this.sessions.get(sessionId) === pending) {
      this.evict(sessionId, live);
      return this.session(sessionId);
    }
    live.lastUsed = Date.now();
    return live;
  }

  private evict(sessionId: string, live: LiveSession): void {
    live.actor.stop();
    this.sessions.delete(sessionId);
  }

  /** An idle table leaves memory and, with other instances about, lets its lease go. */
  private retire(sessionId: string, live: LiveSession): void {
    this.evict(sessionId, live);
    void this.options.sharing?.leases.release(sessionId).catch((error: unknown) => console.warn(`[session ${sessionId}] could not release its lease:`, error));
  }

  /** Lets idle sessions go; they come back from their snapshot when next needed. */
  private readonly sweeper: ReturnType<typeof setInterval>;

  private async sweep(): Promise<void> {
    const ttl = this.options.idleTtlMs ?? 3_600_000;
    for (const [sessionId, pending] of this.sessions) {
      const live = await pending.catch(() => null);
      if (!live || Date.now() - live.lastUsed < ttl || !live.actor.getSnapshot().matches('awaitingAction')) continue;
      if (this.sessions.get(sessionId) === pending && !(await this.canApplyNext(sessionId))) this.retire(sessionId, live);
    }
  }

  /** The session actors this process holds now, with their state, for the ops pages. */
  async liveSessions(): Promise<Array<{ sessionId: string; state: string; version: number; paused: boolean; idleMs: number }>> {
    const live = [];
    for (const [sessionId, pending] of this.sessions) {
      const session = await pending.catch(() => null);
      if (!session) continue;
      const snapshot = session.actor.getSnapshot();
      live.push({
        sessionId,
        state: String(snapshot.value),
        version: snapshot.context.version,
        paused: snapshot.context.paused,
        idleMs: Date.now() - session.lastUsed,
      });
    }
    return live;
  }

  /** How many sessions this process holds in memory now. */
  get liveSessionCount(): number {
    return this.sessions.size;
  }
}
