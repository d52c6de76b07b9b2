import { levelUpCharacter, milestoneProgress } from '@/lib/rules/advancement/table-progress';
import { placeMonsters } from '@/lib/rules/gm-placement';
import { applyPatches, gmEditPatchSchema, type StatePatch } from '@/lib/rules/patches';
import { freeSquareNear } from '@/lib/rules/placement';
import type { RulesState } from '@/lib/rules/state';
import { nameOf } from '@/lib/rules/turn-bookkeeping';
import { arrivedMap } from '@/lib/rules/turn-flow';
import type { MapArrivedEvent, PartyJoinEvent, SeatChangeEvent, SessionContext, TableCommandEvent } from './types';

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

export const mapFits = (state: RulesState, event: MapArrivedEvent) => arrivedMap(state, event) !== null;

export function seatChanges(state: RulesState, event: SeatChangeEvent): boolean {
  const character = state.party.find((c) => c.id === event.characterId);
  return character !== undefined && character.controller !== event.controller;
}

export const joinFits = (state: RulesState, event: PartyJoinEvent) =>
  staysLegal(() => applyPatches(state, [{ op: 'party.join', character: { ...event.character, controller: 'human' } }]));

export const awardFollowsRules = (state: RulesState, event: Command<'xp.award'>) => staysLegal(() => milestoneProgress(state, event));

export const placementFits = (state: RulesState, event: Command<'gm.place'>) => staysLegal(() => placeMonsters(state, event));

export const levelUpFollowsRules = (state: RulesState, event: Command<'level.up'>) =>
  staysLegal(() => levelUpCharacter(state, event.characterId, event.choices, event.by));

export function editFollowsRules(state: RulesState, event: Command<'gm.edit'>): boolean {
  if (event.patches.length === 0) return false;
  if (!event.patches.every((patch) => gmEditPatchSchema.safeParse(patch).success)) return false;
  return staysLegal(() => applyPatches(state, event.patches));
}

export function stagedMap(state: RulesState, event: MapArrivedEvent): Staged {
  const laid = arrivedMap(state, event)!;
  return { state: laid.state, events: [{ type: 'map.arrived', data: { locationId: state.scene.locationId, patches: laid.patches } }] };
}

export function stagedSeatChange(state: RulesState, { characterId, controller, reason, holder }: SeatChangeEvent): Staged {
  const patches: StatePatch[] = [{ op: 'character.controller', characterId, controller }];
  return {
    state: applyPatches(state, patches),
    events: [{ type: 'seat.changed', data: { characterId, characterName: nameOf(state, characterId), controller, reason, patches } }],
    ...(holder !== undefined ? { seat: { characterId, userId: holder } } : {}),
  };
}

export function stagedJoin(state: RulesState, event: PartyJoinEvent): Staged {
  const { character, holder, reason } = event;
  const patches = joinPatches(state, event);
  return {
    state: applyPatches(state, patches),
    events: [{ type: 'party.joined', data: { characterId: character.id, characterName: character.name, reason, patches } }],
    seat: { characterId: character.id, userId: holder },
  };
}

export const stagedPause = (state: RulesState, { reason }: Command<'table.pause'>): Staged => ({ state, events: [{ type: 'table.paused', data: { reason } }] });

export const stagedResume = (state: RulesState, { reason }: Command<'table.resume'>): Staged => ({ state, events: [{ type: 'table.resumed', data: { reason } }] });

export const stagedXpAward = (state: RulesState, event: Command<'xp.award'>): Staged => milestoneProgress(state, event);

export const stagedLevelUp = (state: RulesState, { characterId, choices, by }: Command<'level.up'>): Staged => levelUpCharacter(state, characterId, choices, by);

export function stagedPlacement(state: RulesState, event: Command<'gm.place'>): Staged {
  const { state: placed, events } = placeMonsters(state, event);
  return { state: placed, events };
}

export function stagedEdit(state: RulesState, { patches, reason, by }: Command<'gm.edit'>): Staged {
  return { state: applyPatches(state, patches), events: [{ type: 'gm.edited', data: { reason, by, patches } }] };
}
