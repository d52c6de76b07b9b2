import { sheetOf } from '@/lib/characters/player-characters';
import { sheetView, type SheetView } from '@/lib/characters/sheet-view';
import type { Member } from '@/lib/db/queries/members';
import { getPlayerCharacterAtTable, type PlayerCharacterRecord } from '@/lib/db/queries/player-characters';
import { AppError } from '@/lib/errors';
import type { TableRuntime } from './table-runtime';

/** A party member's sheet as it stands at the table now. */
export async function partySheet(runtime: TableRuntime, sessionId: string, characterId: string): Promise<SheetView> {
  const { state } = await runtime.sessions.view(sessionId);
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  return sheetView(character);
}

/** A person's character as it stands: at its table when it plays at one (and is still there), else as built. */
export async function currentSheet(runtime: TableRuntime, record: PlayerCharacterRecord): Promise<SheetView> {
  if (record.sessionId && record.partyId) {
    try {
      return await partySheet(runtime, record.sessionId, record.partyId);
    } catch (error) {
      if (!AppError.is(error) || error.code !== 'not_found') throw error;
    }
  }
  return sheetView(sheetOf(record));
}

/**
 * What the table's sheet view shows of a party member: the sheet, the
 * portrait of a brought character, whether the asker plays it, and whether
 * they may level it up now (its player or the game master, with the XP).
 */
export async function tableSheet(runtime: TableRuntime, input: { sessionId: string; characterId: string; member: Member }) {
  const { sessionId, characterId, member } = input;
  const [sheet, brought] = await Promise.all([partySheet(runtime, sessionId, characterId), getPlayerCharacterAtTable(runtime.db, { sessionId, partyId: characterId })]);
  const mine = member.seats.includes(characterId);
  const ready = sheet.nextLevelXp !== null && sheet.xp >= sheet.nextLevelXp;
  return { sheet, portraitAssetId: brought?.portraitAssetId ?? null, mine, mayLevelUp: ready && (mine || member.role === 'gm') };
}
