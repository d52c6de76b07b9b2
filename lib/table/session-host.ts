import { waitFor } from 'xstate';
import type { Identity } from '@/lib/auth/identity';
import { throwIfRefused } from '@/lib/auth/table-access';
import { openingState } from '@/lib/campaigns/arrival';
import { newDiceKey } from '@/lib/rules/dice-key';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { enqueueAction, nextQueuedAction, sessionsWithQueuedActions } from '@/lib/db/queries/session-actions';
import { createSession } from '@/lib/db/queries/sessions';
import { getSessionLink } from '@/lib/db/queries/session-chain';
import { AppError } from '@/lib/errors';
import { publicState } from '@/lib/rules/public-state';
import type { RulesState } from '@/lib/rules/state';
import { whyCannotAct } from '@/lib/rules/who-may-act';
import type { ActorSystemOf, LiveSession } from './live-session';
import { LiveTables } from './live-tables';
import { sessionMachineFor, type SessionIo } from './session-io';
import { loadLiveSession } from './session-loader';
import { statusOf, viewFromDatabase, type TableView } from './table-view';
import type { TableLeases } from './table-leases';
import type { TableRelay } from './table-relay';
import type { CommandOutcome, TableCommand } from '@/machines/session/types';

/** A session that picks up where another ended: its state (with a new dice key), the session it follows and what happened there. */
export type ContinueFrom = { state: RulesState; previousSessionId: string; recap: string };

export type SessionHostOptions = SessionIo & {
  /** An idle session's actor leaves memory after this long; its snapshot brings it back on the next request. */
  idleTtlMs?: number;
  /**
   * Several app instances on one database and bus: each table is played by
   * the instance holding its lease; the others queue actions and pass
   * commands to it over the relay. Alone, an instance plays every table.
   */
  sharing?: { leases: TableLeases; relay: TableRelay };
};

/**
 * The tables this process plays, as a thin adapter over their session
 * machines: it loads or restores each table's actor, turns requests from
 * people into machine events, and feeds queued actions to a table that waits
 * for a person. The machine owns the turn's flow; its I/O is in session-io.
 */
export class SessionHost {
  private readonly tables: LiveTables;

  constructor(private readonly options: SessionHostOptions) {
    // Which table each actor plays, by its actor system: a weak map, so a table let go takes its entry with it.
    const seated = new WeakMap<ActorSystemOf, { sessionId: string; live: LiveSession }>();
    const machine = sessionMachineFor(
      options,
      (system) => {
        const table = seated.get(system);
        if (!table) throw new Error('A session actor asked for its table, but this host never seated it');
        return table;
      },
      (sessionId) => void this.kick(sessionId),
    );
    this.tables = new LiveTables({
      load: (sessionId) =>
        loadLiveSession(options, sessionId, { machine, seat: (system, live) => seated.set(system, { sessionId, live }), pump: () => void this.pump(sessionId) }),
      idleTtlMs: options.idleTtlMs ?? 3_600_000,
      mayRetire: async (sessionId) => !(await this.canApplyNext(sessionId)),
      // With other instances about, an idle table lets its lease go.
      retired: (sessionId) =>
        void options.sharing?.leases.release(sessionId).catch((error: unknown) => console.warn(`[session ${sessionId}] could not release its lease:`, error)),
    });
    this.orphanWatch = options.sharing ? setInterval(() => void this.keepTablesMoving(), Math.max(250, options.sharing.leases.ttlMs / 2)) : null;
    this.orphanWatch?.unref();
  }

  private readonly orphanWatch: ReturnType<typeof setInterval> | null;

  /**
   * Opens a new table for a campaign; a given seed replays the same dice and
   * decisions (tests, evals). The game master plays the campaign's human
   * characters, or, continuing a session, the seats they held there.
   */
  async create(campaignId: string, options: { seed?: number; gm?: Identity; continueFrom?: ContinueFrom } = {}): Promise<{ sessionId: string }> {
    const campaign = await getCampaignById(this.options.db, { id: campaignId });
    if (!campaign) throw new AppError('not_found', `There is no campaign "${campaignId}"`);
    const sessionId = crypto.randomUUID();
    const from = options.continueFrom;
    const state = from?.state ?? openingState(campaign, options.seed ?? newDiceKey());
    await createSession(this.options.db, {
      id: sessionId,
      campaignId,
      state,
      // The log keeps the opening state for replays and checks, but not the dice key: rolls are recorded as they fall.
      events: [{ type: 'session.started', data: { campaignTitle: campaign.title, scene: state.scene, initialState: { ...state, seed: undefined }, ...(from && { recap: from.recap }) } }],
      gm: options.gm && {
        ...options.gm,
        seats: from ? [] : state.party.filter((c) => c.controller === 'human').map((c) => c.id),
      },
      continues: from && { previousSessionId: from.previousSessionId },
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
    if ((await getSessionLink(this.options.db, sessionId))?.endedAt) {
      throw new AppError('conflict', 'This session has ended; continue the campaign from its page');
    }
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
    this.tables.drop(sessionId);
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

  /** Resolves once the table waits for a person again: every queued action applied, every AI and monster turn owed played, and chronicled. */
  async settled(sessionId: string): Promise<void> {
    if ((await this.takeTable(sessionId)) !== null) throw new Error(`Session ${sessionId} is played by another instance`);
    for (;;) {
      const { actor } = await this.session(sessionId);
      await waitFor(actor, (snapshot) => snapshot.matches('awaitingAction'), { timeout: Infinity });
      await this.pump(sessionId);
      const again = await this.session(sessionId);
      if (again.actor.getSnapshot().matches('awaitingAction') && !(await this.canApplyNext(sessionId))) return void (await again.chronicling);
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
    if (this.orphanWatch) clearInterval(this.orphanWatch);
    await this.tables.stop();
    await this.options.sharing?.leases.stop();
  }

  private session(sessionId: string): Promise<LiveSession> {
    return this.tables.get(sessionId);
  }

  /** The session actors this process holds now, with their state, for the ops pages. */
  liveSessions(): ReturnType<LiveTables['list']> {
    return this.tables.list();
  }

  /** How many sessions this process holds in memory now. */
  get liveSessionCount(): number {
    return this.tables.size;
  }
}
