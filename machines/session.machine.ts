import { assign, fromPromise, not, setup } from 'xstate';
import type { LevelUpChoices } from '@/lib/rules/advancement/level-up-choices';
import { defeatProgress, levelUpCharacter, milestoneProgress } from '@/lib/rules/advancement/table-progress';
import { placeMonsters } from '@/lib/rules/gm-placement';
import { applyPatches, gmEditPatchSchema, type StatePatch } from '@/lib/rules/patches';
import type { AgentUsage, NewSessionEvent, TurnOutcome } from '@/lib/rules/session-log';
import type { StoredCharacter } from '@/lib/rules/sheet/stored-character';
import type { RulesState } from '@/lib/rules/state';
import { freeSquareNear } from '@/lib/rules/placement';
import { arrivedMap, canAct, currentCombatantId, endTurn, finishedFight, nextAiPlayers } from '@/lib/rules/turn-flow';

/** Bumped whenever the machine changes shape; snapshots of another version are not restored. */
export const SESSION_MACHINE_VERSION = 4;

export type SessionInput = {
  sessionId: string;
  state: RulesState;
  version: number;
  /** Who acted last, when the table is rebuilt from its log: after a person, the AI players are still owed their turns. */
  resumeAfter?: ActiveTurn['controller'] | null;
  /** The game master paused play, and has not resumed it yet. */
  paused?: boolean;
};

export type PlayerActionEvent = { type: 'player.action'; turnId: string; characterId: string; text: string };
/** A battle map the generator drew after the party arrived. */
export type MapArrivedEvent = {
  type: 'map.arrived';
  locationId: string;
  rows: string[];
  partyStart: Array<{ x: number; y: number }>;
  others: Array<{ x: number; y: number }>;
  /** A painting of the map, when a model made one. */
  art: string | null;
};
/**
 * A seat changes hands: a person takes their character, or an AI player stands in for them.
 * `holder`, when given, is who holds the seat from now on (null: nobody); it is written with the event.
 */
export type SeatChangeEvent = { type: 'seat.change'; characterId: string; controller: 'human' | 'ai'; reason: string; holder?: string | null };
/**
 * A person brings a character of their own: it joins the party, played by
 * them (`holder`), and the seat is written with the log event.
 */
export type PartyJoinEvent = { type: 'party.join'; character: StoredCharacter; holder: string; reason: string };
/** Who holds a character's seat after a commit, written in the same transaction as its log event. */
export type SeatWrite = { characterId: string; userId: string | null };
/** The game master's hand on the table: pause, resume, or an edit of the state with a reason. */
export type TableCommandEvent =
  | { type: 'table.pause'; reason: string }
  | { type: 'table.resume'; reason: string }
  | { type: 'gm.edit'; patches: StatePatch[]; reason: string; by: string }
  /** The game master's milestone: XP to some characters or the whole party, with who and why. */
  | { type: 'xp.award'; characterIds: string[] | 'party'; amount: number; reason: string; by: string }
  /** A character takes its next level with its player's (or the game master's) choices. */
  | { type: 'level.up'; characterId: string; choices: LevelUpChoices; by: string }
  /** The game master places SRD monsters by name: how many, and on which side. */
  | { type: 'gm.place'; monster: string; count: number; hostile: boolean; by: string };
export type SessionMachineEvent = PlayerActionEvent | MapArrivedEvent | SeatChangeEvent | PartyJoinEvent | TableCommandEvent;

/** The action being resolved now. */
export type ActiveTurn = {
  turnId: string;
  actorId: string;
  /** Who chose it: a person, an AI player, or the DM playing a monster. */
  controller: 'human' | 'ai' | 'dm';
  text: string;
  usage: AgentUsage | null;
};

export type DecidedAction = { characterId: string; text: string; usage: AgentUsage | null };
/** A decision remembers whether it was made for a fight: one made in a fight that has since ended is stale. */
type PendingDecision = DecidedAction & { inFight: boolean };

export type ResolveActionInput = { turnId: string; characterId: string; controller: ActiveTurn['controller']; action: string; state: RulesState };
export type DecideActionsInput = { characterIds: string[]; state: RulesState };
export type CommitTurnInput = {
  expectedVersion: number;
  state: RulesState;
  events: NewSessionEvent[];
  /** The queued action this commit applies (a person's turn), marked applied in the same transaction. */
  appliedActionId: string | null;
  /** A seat that changes hands with this commit's events. */
  seat: SeatWrite | null;
};

type SessionContext = Omit<SessionInput, 'resumeAfter' | 'paused'> & {
  paused: boolean;
  turn: ActiveTurn | null;
  /** AI players' actions decided together, waiting to be resolved in order. */
  decided: PendingDecision[];
  staged: { state: RulesState; events: NewSessionEvent[]; seat?: SeatWrite } | null;
  /** Actions resolved since a person last acted; bounds a fight the AI could otherwise play on alone. */
  autoSteps: number;
  lastError: string | null;
};

/** Turns the table plays without a person before it stops and waits (a runaway guard, generous for real fights). */
export const MAX_AUTO_STEPS = 80;

function nameOf(state: RulesState, id: string): string {
  return [...state.party, ...state.creatures].find((c) => c.id === id)?.name ?? id;
}

function witnesses(state: RulesState): string[] {
  return state.party.filter((c) => canAct(state, c.id)).map((c) => c.id);
}

function acted(turn: ActiveTurn, state: RulesState): NewSessionEvent {
  const { turnId, actorId: characterId, controller, text, usage } = turn;
  return { type: 'player.acted', data: { turnId, characterId, characterName: nameOf(state, characterId), controller, text, usage, witnesses: witnesses(state) } };
}

/** Whether a command's change stays within the rules; the reason it does not is the route's to report. */
function staysLegal(change: () => unknown): boolean {
  try {
    change();
    return true;
  } catch {
    return false;
  }
}

/** After an action: the bookkeeping the rules require (the fight ends, or the actor's turn does; experience for foes defeated). */
function bookkeeping(state: RulesState, actorId: string): { state: RulesState; events: NewSessionEvent[] } {
  const over = finishedFight(state);
  if (over) {
    // Experience for the fight goes to the party members who were in it; a lost fight still counts the foes that died.
    const fought = over.winner === 'party' ? state.combat!.order.map((e) => e.id) : null;
    const progress = defeatProgress(over.state, fought);
    return { state: progress.state, events: [{ type: 'combat.ended', data: { winner: over.winner, patches: over.patches } }, ...progress.events] };
  }
  if (!state.combat) return defeatProgress(state, null);
  if (currentCombatantId(state) !== actorId) return { state, events: [] };
  const ended = endTurn(state, actorId);
  return {
    state: ended.state,
    events: [{ type: 'turn.advanced', data: { endedId: actorId, nextId: ended.nextId, round: ended.round, patches: ended.patches } }],
  };
}

function stage(context: SessionContext, outcome: TurnOutcome | null, failure: string | null) {
  const turn = context.turn!;
  const before = context.state;
  const events: NewSessionEvent[] = [acted(turn, before)];
  let state = before;
  if (outcome) {
    state = applyPatches(before, outcome.patches);
    events.push({ type: 'dm.narrated', data: { turnId: turn.turnId, characterId: turn.actorId, witnesses: witnesses(before), ...outcome } });
  } else {
    events.push({ type: 'turn.failed', data: { turnId: turn.turnId, characterId: turn.actorId, reason: failure ?? 'unknown failure' } });
  }
  const after = bookkeeping(state, turn.actorId);
  return { state: after.state, events: [...events, ...after.events] };
}

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
    mapFits: ({ context, event }) => event.type === 'map.arrived' && arrivedMap(context.state, event) !== null,
    seatChanges: ({ context, event }) => {
      if (event.type !== 'seat.change') return false;
      const character = context.state.party.find((c) => c.id === event.characterId);
      return character !== undefined && character.controller !== event.controller;
    },
    joinFits: ({ context, event }) => {
      if (event.type !== 'party.join') return false;
      try {
        applyPatches(context.state, [{ op: 'party.join', character: { ...event.character, controller: 'human' } }]);
        return true;
      } catch {
        return false;
      }
    },
    awardFollowsRules: ({ context, event }) => event.type === 'xp.award' && staysLegal(() => milestoneProgress(context.state, event)),
    placementFits: ({ context, event }) => event.type === 'gm.place' && staysLegal(() => placeMonsters(context.state, event)),
    levelUpFollowsRules: ({ context, event }) => event.type === 'level.up' && staysLegal(() => levelUpCharacter(context.state, event.characterId, event.choices, event.by)),
    editFollowsRules: ({ context, event }) => {
      if (event.type !== 'gm.edit' || event.patches.length === 0) return false;
      if (!event.patches.every((patch) => gmEditPatchSchema.safeParse(patch).success)) return false;
      try {
        applyPatches(context.state, event.patches);
        return true;
      } catch {
        return false;
      }
    },
    paused: ({ context }) => context.paused,
    mayAct: ({ context, event }) => {
      if (event.type !== 'player.action' || context.paused) return false;
      const character = context.state.party.find((c) => c.id === event.characterId);
      if (character?.controller !== 'human') return false;
      const current = currentCombatantId(context.state);
      return current === null || current === event.characterId;
    },
    outcomeFollowsRules: ({ context }, outcome: TurnOutcome) => {
      try {
        stage(context, outcome, null);
        return true;
      } catch {
        return false;
      }
    },
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
    stageMap: assign({
      staged: ({ context, event }) => {
        const laid = arrivedMap(context.state, event as MapArrivedEvent)!;
        return { state: laid.state, events: [{ type: 'map.arrived' as const, data: { locationId: context.state.scene.locationId, patches: laid.patches } }] };
      },
      // Not a turn: nobody is owed anything after it.
      turn: null,
    }),
    stageSeatChange: assign({
      staged: ({ context, event }) => {
        const { characterId, controller, reason, holder } = event as SeatChangeEvent;
        const patches: StatePatch[] = [{ op: 'character.controller', characterId, controller }];
        return {
          state: applyPatches(context.state, patches),
          events: [{ type: 'seat.changed' as const, data: { characterId, characterName: nameOf(context.state, characterId), controller, reason, patches } }],
          ...(holder !== undefined ? { seat: { characterId, userId: holder } } : {}),
        };
      },
      turn: null,
    }),
    stageJoin: assign({
      staged: ({ context, event }) => {
        const { character, holder, reason } = event as PartyJoinEvent;
        const patches: StatePatch[] = [{ op: 'party.join', character: { ...character, controller: 'human' } }];
        const cell = context.state.grid && freeSquareNear(context.state, context.state.grid, context.state.party.flatMap((c) => (c.position ? [c.position] : [])));
        if (cell) patches.push({ op: 'character.position', characterId: character.id, position: cell });
        return {
          state: applyPatches(context.state, patches),
          events: [{ type: 'party.joined' as const, data: { characterId: character.id, characterName: character.name, reason, patches } }],
          seat: { characterId: character.id, userId: holder },
        };
      },
      turn: null,
    }),
    stagePause: assign({
      staged: ({ context, event }) => ({ state: context.state, events: [{ type: 'table.paused' as const, data: { reason: (event as { reason: string }).reason } }] }),
      paused: true,
      turn: null,
    }),
    stageResume: assign({
      staged: ({ context, event }) => ({ state: context.state, events: [{ type: 'table.resumed' as const, data: { reason: (event as { reason: string }).reason } }] }),
      paused: false,
      autoSteps: 0,
      lastError: null,
    }),
    stageXpAward: assign({
      staged: ({ context, event }) => milestoneProgress(context.state, event as Extract<TableCommandEvent, { type: 'xp.award' }>),
      turn: null,
    }),
    stageLevelUp: assign({
      staged: ({ context, event }) => {
        const { characterId, choices, by } = event as Extract<TableCommandEvent, { type: 'level.up' }>;
        return levelUpCharacter(context.state, characterId, choices, by);
      },
      turn: null,
    }),
    stagePlacement: assign({
      staged: ({ context, event }) => {
        const { state, events } = placeMonsters(context.state, event as Extract<TableCommandEvent, { type: 'gm.place' }>);
        return { state, events };
      },
      turn: null,
    }),
    stageEdit: assign({
      staged: ({ context, event }) => {
        const { patches, reason, by } = event as Extract<TableCommandEvent, { type: 'gm.edit' }>;
        return { state: applyPatches(context.state, patches), events: [{ type: 'gm.edited' as const, data: { reason, by, patches } }] };
      },
      turn: null,
    }),
    startHumanTurn: assign({
      turn: ({ event }) => {
        const action = event as PlayerActionEvent;
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
    stageOutcome: assign({ staged: ({ context }, outcome: TurnOutcome) => stage(context, outcome, null) }),
    stageFailure: assign({ staged: ({ context }, reason: string) => stage(context, null, reason) }),
    stageSkippedTurn: assign({
      staged: ({ context }) => {
        const id = currentCombatantId(context.state)!;
        const ended = endTurn(context.state, id);
        return {
          state: ended.state,
          events: [{ type: 'turn.advanced' as const, data: { endedId: id, nextId: ended.nextId, round: ended.round, patches: ended.patches } }],
        };
      },
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
        onDone: [
          {
            guard: { type: 'outcomeFollowsRules', params: ({ event }) => event.output },
            target: 'committing',
            actions: { type: 'stageOutcome', params: ({ event }) => event.output },
          },
          { target: 'committing', actions: { type: 'stageFailure', params: 'The DM proposed a change the rules forbid' } },
        ],
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
