import { sheetOf } from '@/lib/characters/player-characters';
import { sheetView, type SheetView } from '@/lib/characters/sheet-view';
import type { PlayerCharacterRecord } from '@/lib/db/queries/player-characters';
import { AppError } from '@/lib/errors';
import type { Runtime } from './runtime';

/** A party member's sheet as it stands at the table now. */
export async function partySheet(runtime: Runtime, sessionId: string, characterId: string): Promise<SheetView> {
  const { state } = await runtime.sessions.view(sessionId);
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  return sheetView(character);
}

/** A person's character as it stands: at its table when it plays at one (and is still there), else as built. */
export async function currentSheet(runtime: Runtime, record: PlayerCharacterRecord): Promise<SheetView> {
  if (record.sessionId && record.partyId) {
    try {
      return await partySheet(runtime, record.sessionId, record.partyId);
    } catch (error) {
      if (!AppError.is(error) || error.code !== 'not_found') throw error;
    }
  }
  return sheetView(sheetOf(record));
}
