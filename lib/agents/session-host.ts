import { createActor, fromPromise, waitFor, type ActorRefFrom, type Snapshot } from 'xstate';
import {
  SESSION_MACHINE_VERSION,
  sessionMachine,
  type DecidedAction,
  type MapArrivedEvent,
  type SeatChangeEvent,
  type TableCommandEvent,
} from '@/machines/session.machine';
import { recall, remember, emptyMemory, type StoryMemory } from '@/lib/ai/context/story-memory';
import type { AssetStores } from '@/lib/assets/store';
import type { Identity } from '@/lib/auth/identity';
import type { MessageBus } from '@/lib/bus';
import { openingState } from '@/lib/campaigns/arrival';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { enqueueAction, nextQueuedAction } from '@/lib/db/queries/session-actions';
import {
  commitSessionEvents,
  createSession,
  getSessionById,
  listSessionEvents,
  listSessionRuleSystems,
  saveSnapshot,
  StaleVersionError,
} from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import type { Painting } from '@/lib/generator/paint';
import { AppError } from '@/lib/errors';
import { hashText } from '@/lib/generator/rng';
import { createRequest, type UpdateMessage } from '@/lib/messages';
import type { LiveHub } from '@/lib/realtime/hub';
import { rollSeed } from '@/lib/rules/dice';
import { applyPatches } from '@/lib/rules/patches';
import { publicEvent, publicState } from '@/lib/rules/public-state';
import { turnOutcomeSchema } from '@/lib/rules/session-log';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { agentActions, decidedActionSchema } from './contracts';
import type { NarrationDelta } from './dm-agent';
import { keepMapArt } from './map-art';
import type { ModelMetrics } from '@/lib/ops/model-metrics';
import { actorInspector } from './inspector';
import { statusOf, viewFromDatabase, type TableView } from './table-view';
import type { TableLeases } from './table-leases';
import type { TableRelay } from '@/lib/realtime/table-relay';

type SessionActor = ActorRefFrom<typeof sessionMachine>;
export type TableCommand = SeatChangeEvent | TableCommandEvent;

/** How long the table waits for a battle map before playing on without one (it may still arrive later). */
const MAP_TIMEOUT_MS = 60_000;
type PendingMap = Omit<MapArrivedEvent, 'type'>;

type LiveSession = {
  /** A battle map that arrived while the table was busy, to be laid out when it is free. */
  pendingMap: PendingMap | null;
  /** Seat changes and the game master's commands that arrived while the table was busy, in order. */
  pendingCommands: TableCommand[];
  /** Places a map was already asked for, so it is asked for once. */
  mapsAsked: Set<string>;
  actor: SessionActor;
  memory: StoryMemory;
  locations: CampaignSeed['locations'];
  /** The rulebooks this table plays by, which the DM looks rules up in. */
  ruleSystemIds: string[];
  lastUsed: number;
  /** Snapshot writes, one after another, so an older one never lands after a newer one. */
  saving: Promise<unknown>;
  /** Set when another process committed first: the next use reloads the session from the database. */
  stale: boolean;
};

export type SessionHostOptions = {
  db: Database;
  bus: MessageBus;
  hub: LiveHub;
  agentTimeoutMs: number;
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
    const state = openingState(campaign, options.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!);
    await createSession(this.options.db, {
      id: sessionId,
      campaignId,
      state,
      events: [{ type: 'session.started', data: { campaignTitle: campaign.title, scene: state.scene, initialState: state } }],
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
    const character = state.party.find((c) => c.id === input.characterId);
    if (!character) throw new AppError('not_found', `There is no character "${input.characterId}" at this table`);
    if (character.controller !== 'human') throw new AppError('forbidden', `${character.name} is played by an AI player`);
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
    for (const sessionId of this.options.sharing!.leases.tables) void this.pump(sessionId);
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
    const elsewhere = await this.takeTable(sessionId);
    if (elsewhere !== null) return this.options.sharing!.relay.command(elsewhere, sessionId, command);
    const live = await this.session(sessionId);
    live.pendingCommands.push(command);
    if (live.actor.getSnapshot().matches('awaitingAction')) this.flushCommands(live);
  }

  private flushCommands(live: LiveSession): void {
    // Each command the table takes moves it out of awaitingAction; the rest wait for its return.
    while (live.pendingCommands.length && live.actor.getSnapshot().matches('awaitingAction')) {
      live.actor.send(live.pendingCommands.shift()!);
    }
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
      const current = currentCombatantId(snapshot.context.state);
      if (current !== null && current !== action.characterId) return;
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
    const current = currentCombatantId(actor.getSnapshot().context.state);
    return current === null || current === action.characterId;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.orphanWatch) clearInterval(this.orphanWatch);
    for (const pending of this.sessions.values()) {
      const live = await pending.catch(() => null);
      live?.actor.stop();
      await live?.saving;
    }
    this.sessions.clear();
    await this.options.sharing?.leases.stop();
  }

  private async session(sessionId: string): Promise<LiveSession> {
    let pending = this.sessions.get(sessionId);
    if (!pending) {
      pending = this.load(sessionId);
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
      await live.saving;
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

  private async load(sessionId: string): Promise<LiveSession> {
    const { db, hub } = this.options;
    const record = await getSessionById(db, { id: sessionId });
    if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
    const campaign = await getCampaignById(db, { id: record.campaignId });
    const snapshot = record.snapshot;
    // The snapshot is used only if it belongs to the latest committed version and to this machine; otherwise
    // the table is rebuilt from the committed state and its log (a newer machine, or a crash between commit and snapshot).
    const usable = snapshot && snapshot.version === record.version && snapshot.machineVersion === SESSION_MACHINE_VERSION;
    const events = usable ? [] : await listSessionEvents(db, { sessionId });
    const live = {
      memory: usable ? (snapshot.memory as StoryMemory) : events.reduce(remember, emptyMemory),
      locations: campaign?.locations ?? [],
      ruleSystemIds: await listSessionRuleSystems(db, { sessionId }),
      lastUsed: Date.now(),
      saving: Promise.resolve(),
      stale: false,
      pendingMap: null,
      pendingCommands: [] as TableCommand[],
      mapsAsked: new Set(),
    } as LiveSession;
    const machine = this.machineFor(sessionId, live);
    const lastActed = events.findLast((e) => e.type === 'player.acted');
    const lastPause = events.findLast((e) => e.type === 'table.paused' || e.type === 'table.resumed');
    const input = {
      sessionId,
      state: applyPatches(record.state, []),
      version: record.version,
      resumeAfter: lastActed?.type === 'player.acted' ? lastActed.data.controller : null,
      paused: lastPause?.type === 'table.paused',
    };
    // With a snapshot, the machine restores from it and ignores the input.
    live.actor = createActor(machine, usable ? { input, snapshot: snapshot.value as Snapshot<unknown>, inspect: actorInspector() } : { input, inspect: actorInspector() });
    let lastStatus = '';
    let lastValue = '';
    live.actor.subscribe((next) => {
      const status = statusOf(next);
      const key = JSON.stringify(status);
      if (key !== lastStatus) {
        lastStatus = key;
        hub.publish(sessionId, { kind: 'status', ...status });
      }
      const value = `${String(next.value)}@${next.context.version}`;
      if (value === lastValue) return;
      lastValue = value;
      this.persist(sessionId, live);
      // Arriving somewhere new may call for a battle map.
      this.askForMap(sessionId, live);
      if (next.matches('awaitingAction')) {
        this.flushCommands(live);
        if (live.pendingMap && next.matches('awaitingAction')) {
          const map = live.pendingMap;
          live.pendingMap = null;
          live.actor.send({ type: 'map.arrived', ...map });
        }
        if (live.actor.getSnapshot().matches('awaitingAction')) void this.pump(sessionId);
      }
    });
    live.actor.start();
    return live;
  }

  /**
   * A place without a battle map gets one from the Creative Generator, asked
   * over the bus without holding up the table: when it arrives, it is laid
   * out as soon as the table is free; if it never comes, play goes on without.
   */
  private askForMap(sessionId: string, live: LiveSession): void {
    const state = live.actor.getSnapshot().context.state;
    const place = live.locations.find((l) => l.scene.locationId === state.scene.locationId);
    if (state.grid || !place || place.map || live.mapsAsked.has(state.scene.locationId)) return;
    const locationId = state.scene.locationId;
    live.mapsAsked.add(locationId);
    const request = createRequest({
      fromAgent: 'dm',
      toAgent: 'generator',
      sessionId,
      timeout: MAP_TIMEOUT_MS,
      action: 'generate_map',
      parameters: { kind: 'battle', seed: hashText(`${sessionId}:${locationId}`), width: 14, height: 10, terrain: state.scene.mapStyle },
    });
    void this.options.bus
      .request(request)
      .then(async (response) => {
        if (!response.payload.success) throw new Error(response.payload.error.message);
        const map = response.payload.data as {
          rows: string[];
          spawnPoints: { party: PendingMap['partyStart']; foes: PendingMap['others'] };
          image?: Painting;
        };
        const art = await keepMapArt(this.options, { sessionId, title: state.scene.title, image: map.image });
        const arrived: PendingMap = { locationId, rows: map.rows, partyStart: map.spawnPoints.party, others: map.spawnPoints.foes, art };
        live.pendingMap = arrived;
        if (live.actor.getSnapshot().matches('awaitingAction')) {
          live.pendingMap = null;
          live.actor.send({ type: 'map.arrived', ...arrived });
        }
      })
      .catch((error: unknown) => console.warn(`[session ${sessionId}] no battle map for ${locationId}; playing on without:`, (error as Error).message));
  }

  /** Writes the actor's persisted snapshot for the version it is at, after any write still under way. */
  private persist(sessionId: string, live: LiveSession): void {
    const snapshot = live.actor.getPersistedSnapshot();
    const version = live.actor.getSnapshot().context.version;
    const memory = live.memory;
    live.saving = live.saving
      .then(() => saveSnapshot(this.options.db, { sessionId, version, machineVersion: SESSION_MACHINE_VERSION, snapshot, memory }))
      .catch((error: unknown) => console.error(`[session ${sessionId}] could not save its snapshot:`, error));
  }

  private machineFor(sessionId: string, live: LiveSession) {
    const { db, bus, hub, agentTimeoutMs } = this.options;
    const ask = (toAgent: 'dm' | 'player', action: string, parameters: Record<string, unknown>) =>
      createRequest({ fromAgent: 'system', toAgent, sessionId, timeout: agentTimeoutMs, action, parameters });
    return sessionMachine.provide({
      actors: {
        resolveAction: fromPromise(async ({ input }) => {
          const request = ask('dm', agentActions.resolveAction, {
            ...input,
            memory: recall(live.memory),
            seed: rollSeed(input.state.seed, input.state.rollCount),
            locations: live.locations,
            ruleSystemIds: live.ruleSystemIds,
          });
          const response = await bus.request(request, {
            onUpdate: (update: UpdateMessage) => {
              if (update.payload.eventType !== 'narration.delta') return;
              hub.publish(sessionId, { kind: 'narration', ...(update.payload.data as NarrationDelta) });
            },
          });
          if (!response.payload.success) throw new Error(response.payload.error.message);
          return turnOutcomeSchema.parse(response.payload.data);
        }),
        decideActions: fromPromise(async ({ input }) =>
          Promise.all(
            input.characterIds.map(async (characterId, i): Promise<DecidedAction> => {
              const request = ask('player', agentActions.decideAction, {
                characterId,
                state: input.state,
                memory: recall(live.memory, characterId),
                seed: rollSeed(input.state.seed, input.state.rollCount + i + 1),
              });
              const response = await bus.request(request);
              if (!response.payload.success) throw new Error(response.payload.error.message);
              const decided = decidedActionSchema.parse(response.payload.data);
              return { characterId, text: decided.action, usage: decided.usage };
            }),
          ),
        ),
        commitTurn: fromPromise(async ({ input }) => {
          let committed;
          try {
            committed = await commitSessionEvents(db, { sessionId, ...input });
          } catch (error) {
            // Another process committed this turn (or another) first: this copy of the table is out of date.
            if (error instanceof StaleVersionError) {
              live.stale = true;
              // Reload from the database at once, and carry on with whatever is still queued.
              queueMicrotask(() => void this.kick(sessionId));
            }
            throw error;
          }
          live.memory = committed.events.reduce(remember, live.memory);
          this.options.modelMetrics?.recordEvents(input.events);

          for (const event of committed.events) hub.publish(sessionId, { kind: 'log', event: publicEvent(event) });
          hub.publish(sessionId, { kind: 'state', state: publicState(input.state), version: committed.version });
          return { version: committed.version };
        }),
      },
    });
  }
}
