import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { diceKeyFromSeed } from '@/lib/rules/dice-key';
import { pregens } from '@/lib/rules/pregens';
import type { Character, RulesState } from '@/lib/rules/state';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { TableResolver } from '@/lib/rules/table-resolver';
import { dmTools } from '@/lib/ai/tools/dm-tools';
import type { HostileCase } from './case-schema';
import { atLevel } from './levels';

const campaigns: Record<string, CampaignSeed> = { [sampleCampaign.id]: sampleCampaign };
const characters: Record<string, Character> = Object.fromEntries(
  [...pregens, ...Object.values(campaigns).flatMap((c) => c.characters)].map((c) => [c.id, c]),
);

/** The tools as the DM would have them at this table, for running a case's set-up calls directly. */
export function toolsAt(resolver: TableResolver, campaign: CampaignSeed) {
  return dmTools({ resolver, cite: () => {}, arrivalFor: (id) => arrivalAt(campaign.locations, id) });
}

/**
 * The table a case describes: a campaign's opening (or a location of it),
 * the party by id, creatures by name, a fight on someone's turn, then the
 * set-up calls. Throws with the reason when the case asks for what cannot be.
 */
export async function tableFor(table: HostileCase['table'], seed: number): Promise<{ state: RulesState; campaign: CampaignSeed; actor: string }> {
  const campaign = campaigns[table.campaign];
  if (!campaign) throw new Error(`no campaign "${table.campaign}" (known: ${Object.keys(campaigns).join(', ')})`);
  const start = table.location ?? campaign.startLocationId;
  const arrival = arrivalAt(campaign.locations, start);
  if (!arrival) throw new Error(`no location "${start}" in ${campaign.title}`);
  // A case is set wherever it says, as if the party had begun there: how it got there is no part of the case.
  const opening = openingState({ ...campaign, startLocationId: start }, diceKeyFromSeed(seed));
  const party = table.party?.map((id) => {
    const found = characters[id];
    if (!found) throw new Error(`no character "${id}" (known: ${Object.keys(characters).join(', ')})`);
    const level = table.levels[id];
    return { ...(level ? atLevel(found, level) : found), position: null };
  });
  if (!table.party && Object.keys(table.levels).length) throw new Error('levels raise members of a party the case names');
  const resolver = new TableResolver({ ...opening, party: party ?? opening.party });
  if (party) resolver.setUp({ ...arrival, creatures: [] });
  for (const c of table.creatures) resolver.addCreature(c.monster, { id: c.id, hostile: c.hostile, position: c.position });
  if (table.combat) resolver.startCombat();
  for (let i = 0; table.turn && i < 20 && currentCombatantId(resolver.state) !== table.turn; i++) resolver.endTurn(currentCombatantId(resolver.state)!);
  if (table.turn && currentCombatantId(resolver.state) !== table.turn) throw new Error(`it never became ${table.turn}'s turn`);
  const tools = toolsAt(resolver, campaign) as Record<string, { execute?: (input: unknown, options: unknown) => unknown }>;
  for (const call of table.setup) {
    const tool = tools[call.tool];
    if (!tool?.execute) throw new Error(`set-up calls an unknown tool "${call.tool}"`);
    await tool.execute(call.input, { toolCallId: 'setup', messages: [] });
  }
  const actor = table.actor ?? currentCombatantId(resolver.state) ?? resolver.state.party[0]!.id;
  return { state: resolver.state, campaign, actor };
}
