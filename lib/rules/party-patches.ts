import { z } from 'zod';
import { RuleViolation } from './rule-violation';
import { storedCharacterSchema } from './sheet/stored-character';
import { characterSchema, type RulesState } from './state';

/** The most characters a party holds. */
export const MAX_PARTY = 8;

/**
 * A character joins the party (a person brings one of their own to the
 * table). The patch carries the stored character, not its derived numbers:
 * joining derives them afresh, as every parse does.
 */
export const partyPatchSchemas = [z.object({ op: z.literal('party.join'), character: storedCharacterSchema })] as const;

export type PartyPatch = z.infer<(typeof partyPatchSchemas)[number]>;

export function reducePartyPatch(state: RulesState, patch: PartyPatch): RulesState {
  const { id, name } = patch.character;
  if (state.party.length >= MAX_PARTY) throw new RuleViolation(`A party holds at most ${MAX_PARTY} characters`);
  if ([...state.party, ...state.creatures].some((c) => c.id === id)) throw new RuleViolation(`"${id}" is already someone's id at this table`);
  const parsed = characterSchema.safeParse(patch.character);
  if (!parsed.success) throw new RuleViolation(`${name} cannot join: ${parsed.error.issues[0]?.message}`);
  return { ...state, party: [...state.party, parsed.data] };
}
