import { readAction, readHazard, readParty } from '@/lib/ai/prompts/format';
import { classifyIntent } from './intents';
import type { ReadPrompt, ToolOutcome } from './prompt-reader';
import { checkOutcome, closing, damageOutcome, healOutcome, opening, refusal } from './dm-phrases';
import type { ScriptedReply } from './scripted-reply';

const HEALING_DICE = '1d4+1';

function outcomeOf(outcomes: ToolOutcome[], toolName: string) {
  return outcomes.find((o) => o.toolName === toolName);
}

/** Who an action aims to heal: a party member it names, else the most hurt one. */
function healingTarget(action: string, system: string, actorId: string): string {
  const party = readParty(system);
  const named = party.find((p) => action.toLowerCase().includes(p.name.split(' ').at(-1)!.toLowerCase()));
  if (named) return named.id;
  const hurt = [...party].sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp)[0];
  return hurt?.id ?? actorId;
}

/**
 * The offline DM, one step at a time, as a hosted model would play it: call
 * for a check, follow up on its result with damage or healing, then narrate
 * what the rules engine decided.
 */
export function planDmReply(read: ReadPrompt, seed: number): ScriptedReply {
  const turn = readAction(read.lastUser);
  if (!turn) return { text: `The Dungeon Master waits for someone to act. ${closing(seed)}`, toolCalls: [] };
  const intent = classifyIntent(turn.action);
  const name = turn.name;
  const check = outcomeOf(read.toolOutcomes, 'ability_check');

  if (!check) {
    return {
      text: opening(name, intent.skill, seed),
      toolCalls: [{ toolName: 'ability_check', input: { characterId: turn.characterId, skill: intent.skill, reason: turn.action } }],
    };
  }
  if (!check.ok) return { text: refusal(check.error), toolCalls: [] };

  const passed = check.value.success === true;
  const followUp = outcomeOf(read.toolOutcomes, 'deal_damage') ?? outcomeOf(read.toolOutcomes, 'heal');
  const checkText = checkOutcome(name, check.value as { total: number; dc: number; success: boolean; critical: string | null }, seed);

  if (!followUp) {
    if (passed && intent.heals) {
      const target = healingTarget(turn.action, read.system, turn.characterId);
      return { text: checkText, toolCalls: [{ toolName: 'heal', input: { characterId: target, dice: HEALING_DICE, reason: turn.action } }] };
    }
    const hazard = readHazard(read.system);
    if (!passed && intent.risky && hazard) {
      return {
        text: checkText,
        toolCalls: [{ toolName: 'deal_damage', input: { characterId: turn.characterId, dice: hazard, reason: turn.action } }],
      };
    }
    return { text: `${checkText}${closing(seed)}`, toolCalls: [] };
  }

  if (!followUp.ok) return { text: `${refusal(followUp.error)}${closing(seed)}`, toolCalls: [] };
  const party = readParty(read.system);
  const targetName = party.find((p) => p.id === followUp.value.characterId)?.name ?? name;
  const result =
    followUp.toolName === 'heal'
      ? healOutcome(targetName, followUp.value as { healed: number; hp: number })
      : damageOutcome(targetName, followUp.value as { damage: number; hp: number }, seed);
  return { text: `${result}${closing(seed)}`, toolCalls: [] };
}
