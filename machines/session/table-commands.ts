import { levelUpCharacter, milestoneProgress } from '@/lib/rules/advancement/table-progress';
import { placeMonsters } from '@/lib/rules/gm-placement';
import { applyPatches, gmEditPatchSchema, type StatePatch } from '@/lib/rules/patches';
import { freeSquareNear } from '@/lib/rules/placement';
import type { RulesState } from '@/lib/rules/state';
import { nameOf } from '@/lib/rules/turn-bookkeeping';
import { arrivedMap } from '@/lib/rules/turn-flow';
import type { PartyJoinEvent, PendingMap, SeatChangeEvent, SessionContext, TableCommand, TableCommandEvent } from './types';

/**
 * What the table does with a command between turns: whether it changes
 * anything the rules allow (a command that does not is ignored), and the
 * commit it stages when it does.
 */

type Command<T extends TableCommandEvent['type']> = Extract<TableCommandEvent, { type: T }>;
type Staged = NonNullable<SessionContext['staged']>;

/** Whether a command's change stays within the rules; the reason it does not is the route's to report. */
function staysLegal(change: () => unknown): boolean {
  try {
    change();
    return true;
  } catch {
    return false;
  }
}

function joinPatches(state: RulesState, { character }: PartyJoinEvent): StatePatch[] {
  const patches: StatePatch[] = [{ op: 'party.join', character: { ...character, controller: 'human' } }];
  const cell = state.grid && freeSquareNear(state, state.grid, state.party.flatMap((c) => (c.position ? [c.position] : [])));
  if (cell) patches.push({ op: 'character.position', characterId: character.id, position: cell });
  return patches;
}


function seatChanges(state: RulesState, event: SeatChangeEvent): boolean {
  const character = state.party.find((c) => c.id === event.characterId);
  return character !== undefined && character.controller !== event.controller;
}

const joinFits = (state: RulesState, event: PartyJoinEvent) =>
  staysLegal(() => applyPatches(state, [{ op: 'party.join', character: { ...event.character, controller: 'human' } }]));

const awardFollowsRules = (state: RulesState, event: Command<'xp.award'>) => staysLegal(() => milestoneProgress(state, event));

const placementFits = (state: RulesState, event: Command<'gm.place'>) => staysLegal(() => placeMonsters(state, event));

const levelUpFollowsRules = (state: RulesState, event: Command<'level.up'>) =>
  staysLegal(() => levelUpCharacter(state, event.characterId, event.choices, event.by));

function editFollowsRules(state: RulesState, event: Command<'gm.edit'>): boolean {
  if (event.patches.length === 0) return false;
  if (!event.patches.every((patch) => gmEditPatchSchema.safeParse(patch).success)) return false;
  return staysLegal(() => applyPatches(state, event.patches));
}

/** A late battle map laid out, when it still fits the place the party is at (same place, no map yet). */
export function stagedMap(state: RulesState, map: PendingMap): Staged | null {
  const laid = arrivedMap(state, map);
  return laid && { state: laid.state, events: [{ type: 'map.arrived', data: { locationId: state.scene.locationId, patches: laid.patches } }] };
}

function stagedSeatChange(state: RulesState, { characterId, controller, reason, holder }: SeatChangeEvent): Staged {
  const patches: StatePatch[] = [{ op: 'character.controller', characterId, controller }];
  return {
    state: applyPatches(state, patches),
    events: [{ type: 'seat.changed', data: { characterId, characterName: nameOf(state, characterId), controller, reason, patches } }],
    ...(holder !== undefined ? { seat: { characterId, userId: holder } } : {}),
  };
}

function stagedJoin(state: RulesState, event: PartyJoinEvent): Staged {
  const { character, holder, reason } = event;
  const patches = joinPatches(state, event);
  return {
    state: applyPatches(state, patches),
    events: [{ type: 'party.joined', data: { characterId: character.id, characterName: character.name, reason, patches } }],
    seat: { characterId: character.id, userId: holder },
  };
}

const stagedPause = (state: RulesState, { reason }: Command<'table.pause'>): Staged => ({ state, events: [{ type: 'table.paused', data: { reason } }] });

const stagedResume = (state: RulesState, { reason }: Command<'table.resume'>): Staged => ({ state, events: [{ type: 'table.resumed', data: { reason } }] });

const stagedXpAward = (state: RulesState, event: Command<'xp.award'>): Staged => milestoneProgress(state, event);

const stagedLevelUp = (state: RulesState, { characterId, choices, by }: Command<'level.up'>): Staged => levelUpCharacter(state, characterId, choices, by);

function stagedPlacement(state: RulesState, event: Command<'gm.place'>): Staged {
  const { state: placed, events } = placeMonsters(state, event);
  return { state: placed, events };
}

const stagedRulebooks = (state: RulesState, { ruleSystems, by }: Command<'rulebooks.choose'>): Staged => ({
  state,
  events: [{ type: 'rulebooks.chosen', data: { ruleSystems, by } }],
  ruleSystems: ruleSystems.map((r) => r.id),
});

function stagedEdit(state: RulesState, { patches, reason, by }: Command<'gm.edit'>): Staged {
  return { state: applyPatches(state, patches), events: [{ type: 'gm.edited', data: { reason, by, patches } }] };
}

/** Whether a command changes anything, within the rules, at the table as it is now. */
export function commandFits({ state, paused }: SessionContext, command: TableCommand): boolean {
  switch (command.type) {
    case 'seat.change':
      return seatChanges(state, command);
    case 'party.join':
      return joinFits(state, command);
    case 'table.pause':
      return !paused;
    case 'table.resume':
      return paused;
    case 'gm.edit':
      return editFollowsRules(state, command);
    case 'xp.award':
      return awardFollowsRules(state, command);
    case 'level.up':
      return levelUpFollowsRules(state, command);
    case 'gm.place':
      return placementFits(state, command);
    case 'rulebooks.choose':
      // Which books exist, and that the choice changes anything, the game master's route checks against the database.
      return true;
  }
}

/** The table once a command that fits is staged for commit. A command is not a turn: nobody is owed anything after it. */
export function stageCommand({ state }: SessionContext, command: TableCommand): Partial<SessionContext> {
  switch (command.type) {
    case 'table.pause':
      return { staged: stagedPause(state, command), paused: true, turn: null };
    case 'table.resume':
      return { staged: stagedResume(state, command), paused: false, autoSteps: 0, lastError: null };
    case 'seat.change':
      return { staged: stagedSeatChange(state, command), turn: null };
    case 'party.join':
      return { staged: stagedJoin(state, command), turn: null };
    case 'gm.edit':
      return { staged: stagedEdit(state, command), turn: null };
    case 'xp.award':
      return { staged: stagedXpAward(state, command), turn: null };
    case 'level.up':
      return { staged: stagedLevelUp(state, command), turn: null };
    case 'gm.place':
      return { staged: stagedPlacement(state, command), turn: null };
    case 'rulebooks.choose':
      return { staged: stagedRulebooks(state, command), turn: null };
  }
}
