import { assign, fromPromise, not, setup } from 'xstate';
import type { TurnOutcome } from '@/lib/rules/session-log';
import { skipTurn, nameOf, stageFailedTurn, stageResolvedTurn } from '@/lib/rules/turn-bookkeeping';
import { canAct, currentCombatantId, nextAiPlayers } from '@/lib/rules/turn-flow';
import { whyCannotAct } from '@/lib/rules/who-may-act';
import * as commands from './session/table-commands';
import type { CommitTurnInput, DecideActionsInput, DecidedAction, ResolveActionInput, SessionContext, SessionInput, SessionMachineEvent } from './session/types';

/** Bumped whenever the machine changes shape; snapshots of another version are not restored. */
export const SESSION_MACHINE_VERSION = 4;

/** Turns the table plays without a person before it stops and waits (a runaway guard, generous for real fights). */
export const MAX_AUTO_STEPS = 80;

/** The commit's invocation, named so its host can tell what the machine will do once it lands. */
export const COMMIT_ACTOR_ID = 'commitTurn';

type On<T extends SessionMachineEvent['type']> = Extract<SessionMachineEvent, { type: T }>;

/**
 * The game-session orchestrator. A person acts; the DM resolves it through the
 * rules; the result is committed. Outside a fight the AI players then decide
 * together and are resolved one by one; in a fight everyone acts in initiative
 * order, the DM playing the monsters, and the rules end each turn.
 */
export const sessionMachine = setup({
  types: { input: {} as SessionInput, context: {} as SessionContext, events: {} as SessionMachineEvent },
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
  },
  guards: {
    mapFits: ({ context, event }) => event.type === 'map.arrived' && commands.mapFits(context.state, event),
    seatChanges: ({ context, event }) => event.type === 'seat.change' && commands.seatChanges(context.state, event),
    joinFits: ({ context, event }) => event.type === 'party.join' && commands.joinFits(context.state, event),
    awardFollowsRules: ({ context, event }) => event.type === 'xp.award' && commands.awardFollowsRules(context.state, event),
    placementFits: ({ context, event }) => event.type === 'gm.place' && commands.placementFits(context.state, event),
    levelUpFollowsRules: ({ context, event }) => event.type === 'level.up' && commands.levelUpFollowsRules(context.state, event),
    editFollowsRules: ({ context, event }) => event.type === 'gm.edit' && commands.editFollowsRules(context.state, event),
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
    // A command is not a turn: nobody is owed anything after it, so the turn is cleared.
    stageMap: assign(({ context, event }) => ({ staged: commands.stagedMap(context.state, event as On<'map.arrived'>), turn: null })),
    stageSeatChange: assign(({ context, event }) => ({ staged: commands.stagedSeatChange(context.state, event as On<'seat.change'>), turn: null })),
    stageJoin: assign(({ context, event }) => ({ staged: commands.stagedJoin(context.state, event as On<'party.join'>), turn: null })),
    stagePause: assign(({ context, event }) => ({ staged: commands.stagedPause(context.state, event as On<'table.pause'>), paused: true, turn: null })),
    stageResume: assign(({ context, event }) => ({
      staged: commands.stagedResume(context.state, event as On<'table.resume'>),
      paused: false,
      autoSteps: 0,
      lastError: null,
    })),
    stageXpAward: assign(({ context, event }) => ({ staged: commands.stagedXpAward(context.state, event as On<'xp.award'>), turn: null })),
    stageLevelUp: assign(({ context, event }) => ({ staged: commands.stagedLevelUp(context.state, event as On<'level.up'>), turn: null })),
    stagePlacement: assign(({ context, event }) => ({ staged: commands.stagedPlacement(context.state, event as On<'gm.place'>), turn: null })),
    stageEdit: assign(({ context, event }) => ({ staged: commands.stagedEdit(context.state, event as On<'gm.edit'>), turn: null })),
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
  }),
  initial: 'choosingNext',
  states: {
    awaitingAction: {
      on: {
        'player.action': { guard: 'mayAct', target: 'resolving', actions: 'startHumanTurn' },
        'map.arrived': { guard: 'mapFits', target: 'committing', actions: 'stageMap' },
        'seat.change': { guard: 'seatChanges', target: 'committing', actions: 'stageSeatChange' },
        'party.join': { guard: 'joinFits', target: 'committing', actions: 'stageJoin' },
        'table.pause': { guard: not('paused'), target: 'committing', actions: 'stagePause' },
        'table.resume': { guard: 'paused', target: 'committing', actions: 'stageResume' },
        'gm.edit': { guard: 'editFollowsRules', target: 'committing', actions: 'stageEdit' },
        'xp.award': { guard: 'awardFollowsRules', target: 'committing', actions: 'stageXpAward' },
        'level.up': { guard: 'levelUpFollowsRules', target: 'committing', actions: 'stageLevelUp' },
        'gm.place': { guard: 'placementFits', target: 'committing', actions: 'stagePlacement' },
      },
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
          actions: { type: 'stageFailure', params: ({ event }) => `The DM could not resolve this: ${(event.error as Error)?.message ?? event.error}` },
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
        }),
        onDone: {
          target: 'choosingNext',
          actions: assign({ state: ({ context }) => context.staged!.state, version: ({ event }) => event.output.version, staged: null }),
        },
        onError: {
          target: 'choosingNext',
          actions: assign({
            lastError: ({ event }) => `The turn could not be saved: ${(event.error as Error)?.message ?? event.error}`,
            staged: null,
            decided: [],
            autoSteps: ({ context }) => context.autoSteps + 1,
          }),
        },
      },
    },
    choosingNext: {
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
          actions: assign({ lastError: ({ event }) => `The AI players could not decide: ${(event.error as Error)?.message ?? event.error}` }),
        },
      },
    },
  },
});
