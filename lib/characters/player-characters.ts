import 'server-only';
import { assetOwner } from '@/lib/assets/store';
import {
  deletePlayerCharacter,
  getPlayerCharacterById,
  insertPlayerCharacter,
  listPlayerCharactersByOwner,
  updatePlayerCharacter,
  type PlayerCharacterRecord,
} from '@/lib/db/queries/player-characters';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { DiceRollRecord } from '@/lib/rules/dice';
import { characterSchema, type CharacterSheet } from '@/lib/rules/state';
import { verifyAbilityRolls } from './ability-rolls';
import { assembleCharacter } from './assemble';
import type { CharacterDraft } from './draft';
import { sheetView, type SheetView } from './sheet-view';
import { FIRST_SPELLBOOK } from './spell-choices';

/** A person's character as a list shows it. */
export type CharacterSummary = {
  id: string;
  name: string;
  ancestry: string;
  className: string;
  level: number;
  portraitAssetId: string | null;
  /** The table it plays at, if any. */
  sessionId: string | null;
};

/** How many spells of each kind the draft's class table and scores allow, for the builder's spell step. */
export type SpellCounts = { cantrips: number; known: number | null; spellbook: number | null; prepared: number | null };

/** What the builder shows while choices are made: the sheet so far, what the rules refuse, what is left to choose, and its spell counts. */
export type CharacterPreview = { sheet: SheetView | null; problems: string[]; missing: string[]; spells: SpellCounts | null };

/** The owner of a builder's portrait: pictures drawn for a person's characters are theirs. */
export const portraitOwner = (userId: string) => `person:${userId}`;

export function previewCharacter(draft: CharacterDraft): CharacterPreview {
  const { sheet, problems, missing } = assembleCharacter(draft, 'preview');
  const limits = sheet?.spellLimits;
  const spells = limits?.ability
    ? { cantrips: limits.cantrips, known: limits.known, spellbook: limits.preparation === 'spellbook' ? FIRST_SPELLBOOK : null, prepared: limits.prepared }
    : null;
  return { sheet: sheet && sheetView(sheet), problems, missing, spells };
}

/** A stored character's sheet, parsed by the rules (and so with fresh numbers). */
export function sheetOf(record: PlayerCharacterRecord): CharacterSheet {
  return characterSchema.parse(record.data);
}

export function summaryOf(record: PlayerCharacterRecord): CharacterSummary {
  const sheet = sheetOf(record);
  return { id: record.id, name: sheet.name, ancestry: sheet.ancestry, className: sheet.className, level: sheet.level, portraitAssetId: record.portraitAssetId, sessionId: record.sessionId };
}

/** Whether a rebuilt character keeps the rolls it was first built with (they were checked then). */
function sameRolls(rolls: readonly DiceRollRecord[], stored: unknown): boolean {
  const before = (stored as { build?: { abilities?: { rolls?: DiceRollRecord[] } } } | null)?.build?.abilities?.rolls;
  return !!before?.length && JSON.stringify(before) === JSON.stringify(rolls);
}

/** A draft the rules accept in full, with rolls the table rolled and a portrait of the person's own; else a 400 naming every problem. */
async function checkedDraft(db: Database, userId: string, draft: CharacterDraft, id: string, kept: unknown = null) {
  const { method, rolls } = draft.build.abilities;
  if (method === 'rolled' && !sameRolls(rolls, kept)) await verifyAbilityRolls(userId, rolls, draft.rollToken);
  if (draft.build.abilities.method === 'fixed') throw new AppError('bad_request', 'build.abilities.method: choose the standard array, point buy or rolled scores');
  if (draft.portraitAssetId && (await assetOwner(db, { id: draft.portraitAssetId })) !== portraitOwner(userId)) {
    throw new AppError('bad_request', 'portraitAssetId: that portrait was not drawn for you');
  }
  const { character, problems, missing } = assembleCharacter(draft, id);
  if (problems.length) throw new AppError('bad_request', `The rules refuse this character: ${problems.join('; ')}`);
  if (missing.length) throw new AppError('bad_request', `Still to choose: ${missing.join('; ')}`);
  return character;
}

export async function createCharacter(db: Database, userId: string, draft: CharacterDraft): Promise<PlayerCharacterRecord> {
  const id = crypto.randomUUID();
  const character = await checkedDraft(db, userId, draft, id);
  return insertPlayerCharacter(db, { id, ownerId: userId, name: character.name, data: character, portraitAssetId: draft.portraitAssetId });
}

export async function listCharacters(db: Database, userId: string): Promise<CharacterSummary[]> {
  return (await listPlayerCharactersByOwner(db, { ownerId: userId })).map(summaryOf);
}

/** A character its owner asks about: it exists (404) and is theirs (403). */
export async function ownCharacter(db: Database, userId: string, id: string): Promise<PlayerCharacterRecord> {
  const record = await getPlayerCharacterById(db, { id });
  if (!record) throw new AppError('not_found', `There is no character "${id}"`);
  if (record.ownerId !== userId) throw new AppError('forbidden', 'This character belongs to someone else');
  return record;
}

const atTable = (record: PlayerCharacterRecord) =>
  new AppError('conflict', `${record.name} plays at a table now; its sheet there changes only through play`);

/** Rebuilds a character that plays at no table yet. */
export async function updateCharacter(db: Database, userId: string, id: string, draft: CharacterDraft): Promise<PlayerCharacterRecord> {
  const record = await ownCharacter(db, userId, id);
  if (record.sessionId) throw atTable(record);
  const character = await checkedDraft(db, userId, draft, id, record.data);
  const updated = await updatePlayerCharacter(db, { id, name: character.name, data: character, portraitAssetId: draft.portraitAssetId });
  if (!updated) throw atTable(record);
  return updated;
}

export async function deleteCharacter(db: Database, userId: string, id: string): Promise<void> {
  const record = await ownCharacter(db, userId, id);
  if (record.sessionId || !(await deletePlayerCharacter(db, { id }))) throw atTable(record);
}
