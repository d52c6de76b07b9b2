import { createActor, fromPromise, type ActorRefFrom } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { MessageBus } from '@/lib/bus';
import { createRequest, type UpdateMessage } from '@/lib/messages';
import type { Database } from '@/lib/db/types';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { commitSessionEvents, createSession, getSessionById, listRecentSessionEvents } from '@/lib/db/queries/sessions';
import { AppError } from '@/lib/errors';
import type { LiveHub } from '@/lib/realtime/hub';
import { rollSeed } from '@/lib/rules/dice';
import { turnOutcomeSchema } from '@/lib/rules/session-log';
import type { GameState } from '@/lib/rules/state';
import { agentActions, decidedActionSchema } from './contracts';
import type { NarrationDelta } from './dm-agent';
import { describeEvent } from './describe-event';

type SessionActor = ActorRefFrom<typeof sessionMachine>;

const RECENT_EVENTS = 8;

export type SessionHostOptions = { db: Database; bus: MessageBus; hub: LiveHub; agentTimeoutMs: number };

/**
 * Keeps one session actor per live session in this process, wires its I/O
 * (bus requests, database commits, live broadcasts) and turns requests from
 * people into machine events.
 */
export class SessionHost {
  private readonly actors = new Map<string, Promise<SessionActor>>();

  constructor(private readonly options: SessionHostOptions) {}

  async create(campaignId: string): Promise<{ sessionId: string }> {
    const campaign = await getCampaignById(this.options.db, { id: campaignId });
    if (!campaign) throw new AppError('not_found', `There is no campaign "${campaignId}"`);
    const sessionId = crypto.randomUUID();
    const state: GameState = {
      scene: campaign.openingScene,
      party: campaign.characters,
      seed: crypto.getRandomValues(new Uint32Array(1))[0]!,
      rollCount: 0,
      round: 0,
    };
    await createSession(this.options.db, {
      id: sessionId,
      campaignId,
      state,
      events: [{ type: 'session.started', data: { campaignTitle: campaign.title, scene: campaign.openingScene } }],
    });
    return { sessionId };
  }

  /** Starts a person's turn; the rest of the turn runs on after this returns. */
  async act(sessionId: string, input: { characterId: string; text: string }): Promise<{ turnId: string }> {
    const actor = await this.actor(sessionId);
    const snapshot = actor.getSnapshot();
    const character = snapshot.context.state.party.find((c) => c.id === input.characterId);
    if (!character) throw new AppError('not_found', `There is no character "${input.characterId}" at this table`);
    if (character.controller !== 'human') {
      throw new AppError('forbidden', `${character.name} is played by an AI player`);
    }
    if (!snapshot.matches('awaitingAction')) {
      throw new AppError('conflict', 'The table is still resolving the last turn; try again when it is your turn', 2);
    }
    const turnId = crypto.randomUUID();
    actor.send({ type: 'player.action', turnId, characterId: input.characterId, text: input.text });
    return { turnId };
  }

  /** What the table is doing right now, for a page that has just loaded. */
  async status(sessionId: string) {
    const snapshot = (await this.actor(sessionId)).getSnapshot();
    return statusOf(snapshot);
  }

  async stop(): Promise<void> {
    for (const pending of this.actors.values()) (await pending.catch(() => null))?.stop();
    this.actors.clear();
  }

  private actor(sessionId: string): Promise<SessionActor> {
    let pending = this.actors.get(sessionId);
    if (!pending) {
      pending = this.load(sessionId);
      this.actors.set(sessionId, pending);
      pending.catch(() => this.actors.delete(sessionId));
    }
    return pending;
  }

  private async load(sessionId: string): Promise<SessionActor> {
    const record = await getSessionById(this.options.db, { id: sessionId });
    if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
    const actor = createActor(this.machineFor(sessionId), {
      input: { sessionId, state: record.state, version: record.version },
    });
    let lastStatus = '';
    actor.subscribe((snapshot) => {
      const status = statusOf(snapshot);
      const key = JSON.stringify(status);
      if (key === lastStatus) return;
      lastStatus = key;
      this.options.hub.publish(sessionId, { kind: 'status', ...status });
    });
    actor.start();
    return actor;
  }

  private machineFor(sessionId: string) {
    const { db, bus, hub, agentTimeoutMs } = this.options;
    const recent = async () =>
      (await listRecentSessionEvents(db, { sessionId, limit: RECENT_EVENTS })).flatMap(describeEvent);
    return sessionMachine.provide({
      actors: {
        resolveAction: fromPromise(async ({ input }) => {
          const request = createRequest({
            fromAgent: 'system',
            toAgent: 'dm',
            sessionId,
            timeout: agentTimeoutMs,
            action: agentActions.resolveAction,
            parameters: { ...input, recent: await recent(), seed: rollSeed(input.state.seed, input.state.rollCount) },
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
        decideAction: fromPromise(async ({ input }) => {
          const request = createRequest({
            fromAgent: 'system',
            toAgent: 'player',
            sessionId,
            timeout: agentTimeoutMs,
            action: agentActions.decideAction,
            parameters: { ...input, recent: await recent(), seed: rollSeed(input.state.seed, input.state.rollCount + 1) },
          });
          const response = await bus.request(request);
          if (!response.payload.success) throw new Error(response.payload.error.message);
          return decidedActionSchema.parse(response.payload.data).action;
        }),
        commitTurn: fromPromise(async ({ input }) => {
          const committed = await commitSessionEvents(db, { sessionId, ...input });
          for (const event of committed.events) hub.publish(sessionId, { kind: 'log', event });
          hub.publish(sessionId, { kind: 'party', party: input.state.party, version: committed.version });
          return { version: committed.version };
        }),
      },
    });
  }
}

function statusOf(snapshot: ReturnType<SessionActor['getSnapshot']>) {
  const phase = snapshot.value as 'awaitingAction' | 'resolving' | 'aiDeciding' | 'committing' | 'choosingNext';
  const turn = snapshot.context.turn;
  return {
    phase: phase === 'choosingNext' ? ('committing' as const) : phase,
    turnId: turn?.turnId ?? null,
    characterId: turn?.characterId ?? null,
    action: turn?.text || null,
    error: snapshot.context.lastError,
  };
}
