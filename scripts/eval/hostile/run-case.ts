import { narrateTurn } from '@/lib/ai/narrate-turn';
import { applyPatches } from '@/lib/rules/patches';
import { checkInvariants } from '@/lib/rules/invariants';
import type { HostileCall, HostileCase } from './case-schema';
import { scriptedModel } from './scripted-model';
import { tableFor } from './table-setup';

/** How one call of a case went: what the rules did with it against what they must do. */
export type CallVerdict = {
  case: string;
  category: string;
  tool: string;
  expected: HostileCall['expect'];
  accepted: boolean;
  /** The refusal the model was told, or the tool's answer. */
  answer: unknown;
};

/**
 * Plays one case: the table it describes, then one DM turn in which the
 * scripted hostile model makes the case's calls in order. Every answer the
 * tools gave is kept, and the state after the turn must still be a valid game.
 */
export async function runCase(hostile: HostileCase, seed: number): Promise<{ verdicts: CallVerdict[]; problems: string[] }> {
  const { state, campaign, actor } = await tableFor(hostile.table, seed);
  const outcome = await narrateTurn({
    request: { state, characterId: actor, controller: state.party.some((c) => c.id === actor) ? 'human' : 'dm', action: hostile.name, memory: { blocks: [] }, seed, locations: campaign.locations },
    model: scriptedModel(hostile.calls),
    onDelta: () => {},
  });
  const problems = checkInvariants(applyPatches(state, outcome.patches)).map((v) => `${v.rule}: ${v.message}`);
  const verdicts = hostile.calls.map((call, i): CallVerdict => {
    const record = outcome.toolCalls[i];
    // A call the SDK itself turns away (no such tool, input that is not JSON) never reaches a tool: that is a refusal too.
    if (!record && call.expect === 'accept') problems.push(`call ${i + 1} (${call.tool}) never reached the tools`);
    return {
      case: hostile.name,
      category: call.category,
      tool: call.tool,
      expected: call.expect,
      accepted: record?.ok === true,
      answer: record?.ok ? record.output : (record?.error ?? 'not made'),
    };
  });
  return { verdicts, problems };
}
