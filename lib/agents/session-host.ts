import { createActor, fromPromise, waitFor, type ActorRefFrom } from 'xstate';
import { sessionMachine, type DecidedAction } from '@/machines/session.machine';
import { recall, remember, emptyMemory, type StoryMemory } from '@/lib/ai/context/story-memory';
import type { MessageBus } from '@/lib/bus';
import { openingState } from '@/lib/campaigns/arrival';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { commitSessionEvents, createSession, getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { createRequest, type UpdateMessage } from '@/lib/messages';
import type { LiveHub } from '@/lib/realtime/hub';
import type { TableStatus } from '@/lib/realtime/live-events';
import { rollSeed } from '@/lib/rules/dice';
import { applyPatches } from '@/lib/rules/patches';
import { publicEvent, publicState } from '@/lib/rules/public-state';
import { turnOutcomeSchema } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { agentActions, decidedActionSchema } from './contracts';
import type { NarrationDelta } from './dm-agent';

type SessionActor = ActorRefFrom<typeof sessionMachine>;
type LiveSession = { actor: SessionActor; memory: StoryMemory; locations: CampaignSeed['locations'] };

export type SessionHostOptions = { db: Database; bus: MessageBus; hub: LiveHub; agentTimeoutMs: number };

function statusOf(snapshot: ReturnType<SessionActor['getSnapshot']>): TableStatus {
  const value = snapshot.value as string;
  const phase = value === 'resolving' || value === 'aiDeciding' || value === 'awaitingAction' ? value : 'committing';
  const turn = snapshot.context.turn;
  const waitingFor = phase === 'awaitingAction' ? currentCombatantId(snapshot.context.state) : null;
  return {
    phase,
    turnId: phase === 'awaitingAction' ? null : (turn?.turnId ?? null),
    characterId: phase === 'awaitingAction' ? waitingFor : (turn?.actorId ?? null),
    action: phase === 'resolving' ? (turn?.text ?? null) : null,
    error: snapshot.context.lastError,
  };
}

/**
 * Keeps one session actor per live session in this process, wires its I/O
 * (bus requests, database commits, live broadcasts, the agents' memory of the
 * story) and turns requests from people into machine events.
 */
export class SessionHost {
  private readonly sessions = new Map<string, Promise<LiveSession>>();

  constructor(private readonly options: SessionHostOptions) {}

  /** Opens a new table for a campaign; a given seed replays the same dice and decisions (tests, evals). */
  async create(campaignId: string, options: { seed?: number } = {}): Promise<{ sessionId: string }> {
    const campaign = await getCampaignById(this.options.db, { id: campaignId });
    if (!campaign) throw new AppError('not_found', `There is no campaign "${campaignId}"`);
    const sessionId = crypto.randomUUID();
    const state = openingState(campaign, options.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!);
    await createSession(this.options.db, {
      id: sessionId,
      campaignId,
      state,
      events: [{ type: 'session.started', data: { campaignTitle: campaign.title, scene: state.scene, initialState: state } }],
    });
    return { sessionId };
  }

  /** Starts a person's action; the rest of the turn runs on after this returns. */
  async act(sessionId: string, input: { characterId: string; text: string }): Promise<{ turnId: string }> {
    const { actor } = await this.session(sessionId);
    const snapshot = actor.getSnapshot();
    const state = snapshot.context.state;
    const character = state.party.find((c) => c.id === input.characterId);
    if (!character) throw new AppError('not_found', `There is no character "${input.characterId}" at this table`);
    if (character.controller !== 'human') throw new AppError('forbidden', `${character.name} is played by an AI player`);
    if (!snapshot.matches('awaitingAction')) {
      throw new AppError('conflict', 'The table is still resolving the last turn; try again when it is your turn', 2);
    }
    const current = currentCombatantId(state);
    if (current !== null && current !== character.id) {
      const name = [...state.party, ...state.creatures].find((c) => c.id === current)?.name ?? current;
      throw new AppError('conflict', `It is ${name}'s turn, not ${character.name}'s`, 2);
    }
    const turnId = crypto.randomUUID();
    actor.send({ type: 'player.action', turnId, characterId: input.characterId, text: input.text });
    return { turnId };
  }

  /** The table as a page that has just loaded needs it: what players may see, and what is happening now. */
  async view(sessionId: string): Promise<{ state: RulesState; version: number; status: TableStatus }> {
    const snapshot = (await this.session(sessionId)).actor.getSnapshot();
    return { state: publicState(snapshot.context.state), version: snapshot.context.version, status: statusOf(snapshot) };
  }

  /** Resolves once the table waits for a person again (every AI and monster turn owed has been played). */
  async settled(sessionId: string): Promise<void> {
    const { actor } = await this.session(sessionId);
    await waitFor(actor, (snapshot) => snapshot.matches('awaitingAction'), { timeout: Infinity });
  }

  async stop(): Promise<void> {
    for (const pending of this.sessions.values()) (await pending.catch(() => null))?.actor.stop();
    this.sessions.clear();
  }

  private session(sessionId: string): Promise<LiveSession> {
    let pending = this.sessions.get(sessionId);
    if (!pending) {
      pending = this.load(sessionId);
      this.sessions.set(sessionId, pending);
      pending.catch(() => this.sessions.delete(sessionId));
    }
    return pending;
  }

  private async load(sessionId: string): Promise<LiveSession> {
    const { db, hub } = this.options;
    const record = await getSessionById(db, { id: sessionId });
    if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
    const campaign = await getCampaignById(db, { id: record.campaignId });
    const live = {
      memory: (await listSessionEvents(db, { sessionId })).reduce(remember, emptyMemory),
      locations: campaign?.locations ?? [],
    } as LiveSession;
    live.actor = createActor(this.machineFor(sessionId, live), {
      input: { sessionId, state: applyPatches(record.state, []), version: record.version },
    });
    let last = '';
    live.actor.subscribe((snapshot) => {
      const status = statusOf(snapshot);
      const key = JSON.stringify(status);
      if (key === last) return;
      last = key;
      hub.publish(sessionId, { kind: 'status', ...status });
    });
    live.actor.start();
    return live;
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
          const committed = await commitSessionEvents(db, { sessionId, ...input });
          live.memory = committed.events.reduce(remember, live.memory);
          for (const event of committed.events) hub.publish(sessionId, { kind: 'log', event: publicEvent(event) });
          hub.publish(sessionId, { kind: 'state', state: publicState(input.state), version: committed.version });
          return { version: committed.version };
        }),
      },
    });
  }
}
