import { assign, cancel, emit, enqueueActions, fromCallback, fromPromise, setup, stopChild } from 'xstate';
import type { TurnOutcome } from '@/lib/rules/session-log';
import { nameOf, skipTurn, stageFailedTurn, stageResolvedTurn } from '@/lib/rules/turn-bookkeeping';
import { canAct, currentCombatantId, nextAiPlayers } from '@/lib/rules/turn-flow';
import { whyCannotAct } from '@/lib/rules/who-may-act';
import * as commands from './session/table-commands';
import type {
  CommandOutcome,
  CommitTurnInput,
  DecideActionsInput,
  DecidedAction,
  MapRequestInput,
  ResolveActionInput,
  SessionContext,
  SessionEmitted,
  SessionInput,
  SessionMachineEvent,
  TableCommand,
} from './session/types';

/** Bumped whenever the machine changes shape; snapshots of another version are not restored. */
export const SESSION_MACHINE_VERSION = 5;

/** Turns the table plays without a person before it stops and waits (a runaway guard, generous for real fights). */
export const MAX_AUTO_STEPS = 80;

/** The commit's invocation, named so its host can tell what the machine will do once it lands. */
export const COMMIT_ACTOR_ID = 'commitTurn';

type On<T extends SessionMachineEvent['type']> = Extract<SessionMachineEvent, { type: T }>;

const failure = (what: string, error: unknown) => `${what}: ${(error as Error)?.message ?? error}`;

/**
 * The game-session orchestrator. A person acts; the DM resolves it through the
 * rules; the result is committed. Outside a fight the AI players then decide
 * together and are resolved one by one; in a fight everyone acts in initiative
 * order, the DM playing the monsters, and the rules end each turn.
 */
export const sessionMachine = setup({
  types: { input: {} as SessionInput, context: {} as SessionContext, events: {} as SessionMachineEvent, emitted: {} as SessionEmitted },
  actors: {
    resolveAction: fromPromise<TurnOutcome, ResolveActionInput>(async () => {
      throw new Error('The session machine needs a resolveAction actor');
    }),
    decideActions: fromPromise<DecidedAction[], DecideActionsInput>(async () => {
      throw new Error('The session machine needs a decideActions actor');
    }),
    commitTurn: fromPromise<{ version: number }, CommitTurnInput>(async () => {
      throw new Error('The session machine needs a commitTurn actor');
    }),
    /** Asks for a place's battle map without holding up the table; answers with `map.arrived` or `map.unavailable`. */
    requestMap: fromCallback<SessionMachineEvent, MapRequestInput>(() => {}),
  },
  delays: {
    /** How long a person's fight turn may wait before an AI player stands in (the host sets it from config). */
    turnTimeout: 180_000,
    /** How long the table waits for a battle map it asked for; it plays on meanwhile, and without one after. */
    mapWait: 60_000,
  },
  guards: {
    commandWaiting: ({ context }) => context.commands.length > 0,
    commandFits: ({ context }) => context.commands.length > 0 && commands.commandFits(context, context.commands[0]!),
    mapWaiting: ({ context }) => context.map !== null,
    mapFits: ({ context }) => context.map !== null && commands.stagedMap(context.state, context.map) !== null,
    personOwesFightTurn: ({ context }) => {
      const current = currentCombatantId(context.state);
      return !context.paused && context.state.party.some((c) => c.id === current && c.controller === 'human');
    },
    paused: ({ context }) => context.paused,
    mayAct: ({ context, event }) =>
      event.type === 'player.action' && whyCannotAct(context.state, { characterId: event.characterId, paused: context.paused }) === null,
    tooManyAutoSteps: ({ context }) => context.autoSteps >= MAX_AUTO_STEPS,
    hasDecided: ({ context }) => {
      const next = context.decided[0];
      if (!next) return false;
      const current = currentCombatantId(context.state);
      return next.inFight ? current === next.characterId : current === null;
    },
    currentCannotAct: ({ context }) => {
      const current = currentCombatantId(context.state);
      return current !== null && !canAct(context.state, current);
    },
    monsterTurn: ({ context }) => {
      const current = currentCombatantId(context.state);
      return current !== null && context.state.creatures.some((c) => c.id === current);
    },
    aiPlayersNext: ({ context }) => {
      const current = currentCombatantId(context.state);
      const afterPerson = current === null && context.turn?.controller === 'human';
      return (current !== null || afterPerson) && nextAiPlayers(context.state).length > 0;
    },
  },
  actions: {
    queueCommand: assign({ commands: ({ context, event }) => [...context.commands, event as On<TableCommand['type']>] }),
    stageCommand: assign(({ context }) => {
      const [command, ...rest] = context.commands;
      return { ...commands.stageCommand(context, command!), commands: rest, committingCommand: command! };
    }),
    ignoreCommand: enqueueActions(({ context, enqueue }) => {
      const [command, ...rest] = context.commands;
      enqueue.emit({ type: 'command.settled', command: command!, outcome: { kind: 'ignored' } });
      enqueue.assign({ commands: rest });
    }),
    settleCommand: enqueueActions(({ context, enqueue }, outcome: CommandOutcome) => {
      if (!context.committingCommand) return;
      enqueue.emit({ type: 'command.settled', command: context.committingCommand, outcome });
      enqueue.assign({ committingCommand: null });
    }),
    keepMap: assign(({ event }) => {
      const { type: _, ...map } = event as On<'map.arrived'>;
      return { map };
    }),
    stageMap: assign(({ context }) => ({ staged: commands.stagedMap(context.state, context.map!), map: null, turn: null })),
    dropMap: assign({ map: null }),
    askForMap: enqueueActions(({ context, enqueue }) => {
      const { grid, scene } = context.state;
      if (grid || context.mapsAsked.includes(scene.locationId)) return;
      enqueue.assign({ mapsAsked: [...context.mapsAsked, scene.locationId] });
      enqueue.spawnChild('requestMap', { id: `map:${scene.locationId}`, input: { locationId: scene.locationId, title: scene.title, terrain: scene.mapStyle } });
      enqueue.raise({ type: 'map.unavailable', locationId: scene.locationId }, { delay: 'mapWait', id: `mapWait:${scene.locationId}` });
    }),
    forgetMapRequest: stopChild(({ event }) => `map:${(event as On<'map.arrived' | 'map.unavailable'>).locationId}`),
    stopMapWait: cancel(({ event }) => `mapWait:${(event as On<'map.arrived'>).locationId}`),
    turnOverdue: emit(({ context }) => ({ type: 'turn.overdue' as const, characterId: currentCombatantId(context.state)! })),
    startHumanTurn: assign({
      turn: ({ event }) => {
        const action = event as On<'player.action'>;
        return { turnId: action.turnId, actorId: action.characterId, controller: 'human' as const, text: action.text, usage: null };
      },
      decided: [],
      autoSteps: 0,
      lastError: null,
    }),
    startDecidedTurn: assign(({ context }) => {
      const [next, ...rest] = context.decided;
      const base = context.turn?.turnId.split(':')[0] ?? crypto.randomUUID();
      return {
        turn: { turnId: `${base}:${context.autoSteps}`, actorId: next!.characterId, controller: 'ai' as const, text: next!.text, usage: next!.usage },
        decided: rest,
        autoSteps: context.autoSteps + 1,
      };
    }),
    startMonsterTurn: assign(({ context }) => {
      const id = currentCombatantId(context.state)!;
      const base = context.turn?.turnId.split(':')[0] ?? crypto.randomUUID();
      return {
        turn: { turnId: `${base}:${context.autoSteps}`, actorId: id, controller: 'dm' as const, text: `${nameOf(context.state, id)} takes its turn.`, usage: null },
        autoSteps: context.autoSteps + 1,
      };
    }),
    stageOutcome: assign({ staged: ({ context }, outcome: TurnOutcome) => stageResolvedTurn(context.state, context.turn!, outcome) }),
    stageFailure: assign({ staged: ({ context }, reason: string) => stageFailedTurn(context.state, context.turn!, reason) }),
    stageSkippedTurn: assign({
      staged: ({ context }) => skipTurn(context.state, currentCombatantId(context.state)!),
      autoSteps: ({ context }) => context.autoSteps + 1,
    }),
    dropStaleDecisions: assign({ decided: [] }),
    pause: assign({ lastError: `The table paused after ${MAX_AUTO_STEPS} turns without a person; act to go on.`, autoSteps: 0 }),
  },
}).createMachine({
  id: 'session',
  context: ({ input: { resumeAfter, paused, ...input } }) => ({
    ...input,
    paused: paused ?? false,
    turn: resumeAfter ? { turnId: `resumed-${input.version}`, actorId: '', controller: resumeAfter, text: '', usage: null } : null,
    decided: [],
    staged: null,
    autoSteps: 0,
    lastError: null,
    commands: [],
    committingCommand: null,
    map: null,
    mapsAsked: [],
  }),
  initial: 'choosingNext',
  // Commands and maps that come while the table is busy wait for it to be free; the battle map's request then ends.
  on: {
    'seat.change': { actions: 'queueCommand' },
    'rulebooks.choose': { actions: 'queueCommand' },
    'party.join': { actions: 'queueCommand' },
    'table.pause': { actions: 'queueCommand' },
    'table.resume': { actions: 'queueCommand' },
    'gm.edit': { actions: 'queueCommand' },
    'xp.award': { actions: 'queueCommand' },
    'level.up': { actions: 'queueCommand' },
    'gm.place': { actions: 'queueCommand' },
    'map.arrived': { actions: ['keepMap', 'forgetMapRequest', 'stopMapWait'] },
    'map.unavailable': { actions: 'forgetMapRequest' },
  },
  states: {
    awaitingAction: {
      // The table is free: commands first, in the order they came, then a battle map that arrived.
      always: [
        { guard: 'commandFits', target: 'committing', actions: 'stageCommand' },
        { guard: 'commandWaiting', actions: 'ignoreCommand' },
        { guard: 'mapFits', target: 'committing', actions: 'stageMap' },
        { guard: 'mapWaiting', actions: 'dropMap' },
      ],
      after: { turnTimeout: { guard: 'personOwesFightTurn', actions: 'turnOverdue' } },
      on: { 'player.action': { guard: 'mayAct', target: 'resolving', actions: 'startHumanTurn' } },
    },
    resolving: {
      invoke: {
        src: 'resolveAction',
        input: ({ context }) => ({
          turnId: context.turn!.turnId,
          characterId: context.turn!.actorId,
          controller: context.turn!.controller,
          action: context.turn!.text,
          state: context.state,
        }),
        onDone: { target: 'committing', actions: { type: 'stageOutcome', params: ({ event }) => event.output } },
        onError: {
          target: 'committing',
          actions: { type: 'stageFailure', params: ({ event }) => failure('The DM could not resolve this', event.error) },
        },
      },
    },
    skippingTurn: {
      entry: 'stageSkippedTurn',
      always: 'committing',
    },
    committing: {
      invoke: {
        id: COMMIT_ACTOR_ID,
        src: 'commitTurn',
        input: ({ context }) => ({
          expectedVersion: context.version,
          state: context.staged!.state,
          events: context.staged!.events,
          appliedActionId:
            context.turn?.controller === 'human' && context.staged!.events.some((e) => e.type === 'player.acted') ? context.turn.turnId : null,
          seat: context.staged!.seat ?? null,
          ruleSystems: context.staged!.ruleSystems ?? null,
        }),
        onDone: {
          target: 'choosingNext',
          actions: [
            { type: 'settleCommand', params: { kind: 'committed' } },
            assign({ state: ({ context }) => context.staged!.state, version: ({ event }) => event.output.version, staged: null }),
          ],
        },
        onError: {
          target: 'choosingNext',
          actions: [
            { type: 'settleCommand', params: ({ event }) => ({ kind: 'failed' as const, reason: failure('The turn could not be saved', event.error) }) },
            assign({
              lastError: ({ event }) => failure('The turn could not be saved', event.error),
              staged: null,
              decided: [],
              autoSteps: ({ context }) => context.autoSteps + 1,
            }),
          ],
        },
      },
    },
    choosingNext: {
      // Arriving somewhere new may call for a battle map.
      entry: 'askForMap',
      always: [
        { guard: 'paused', target: 'awaitingAction', actions: 'dropStaleDecisions' },
        { guard: 'tooManyAutoSteps', target: 'awaitingAction', actions: 'pause' },
        { guard: 'hasDecided', target: 'resolving', actions: 'startDecidedTurn' },
        { guard: 'currentCannotAct', target: 'skippingTurn', actions: 'dropStaleDecisions' },
        { guard: 'monsterTurn', target: 'resolving', actions: ['dropStaleDecisions', 'startMonsterTurn'] },
        { guard: 'aiPlayersNext', target: 'aiDeciding', actions: 'dropStaleDecisions' },
        { target: 'awaitingAction', actions: 'dropStaleDecisions' },
      ],
    },
    aiDeciding: {
      invoke: {
        src: 'decideActions',
        input: ({ context }) => ({ characterIds: nextAiPlayers(context.state), state: context.state }),
        onDone: {
          target: 'choosingNext',
          actions: assign({
            decided: ({ context, event }) => event.output.map((d) => ({ ...d, inFight: context.state.combat !== null })),
            turn: null,
          }),
        },
        onError: {
          target: 'awaitingAction',
          actions: assign({ lastError: ({ event }) => failure('The AI players could not decide', event.error) }),
        },
      },
    },
  },
});
