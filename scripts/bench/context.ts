import type { LanguageModelV4CallOptions, LanguageModelV4StreamResult } from '@ai-sdk/provider';
import { countTokens } from 'gpt-tokenizer';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { readPrompt } from '@/lib/ai/offline/prompt-reader';
import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { playScript, threeEncounters, type ScriptStep } from '../eval/scripted-play';

const CHECKPOINTS = [10, 50, 200];

/** The offline DM, noting the prompt it was given at the start of every turn. */
class PromptRecorder extends OfflineModel {
  readonly prompts: string[] = [];

  override async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const read = readPrompt(options.prompt);
    if (read.toolOutcomes.length === 0) this.prompts.push(`${read.system}\n${read.lastUser}`);
    return super.doStream(options);
  }
}

/**
 * Prompt size per DM turn over a long scripted session: the budgeted prompt
 * (table state, lasting facts, recent events) beside the naive one that
 * carries the whole log, measured in the same run.
 */
export async function contextBench() {
  const dm = new PromptRecorder('dm');
  const runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), await openPglite('memory://'), { dm });
  const exploring: ScriptStep[] = Array.from({ length: 80 }, (_, i) => (i % 2 ? 'I search the room carefully' : 'I listen at the walls'));
  const { sessionId } = await playScript(runtime, { seed: 11, script: [...threeEncounters, ...exploring] });
  const events = await listSessionEvents(runtime.db, { sessionId });
  await runtime.close();
  await runtime.db.close();

  const lines = events.flatMap((e) =>
    e.type === 'player.acted' ? [`${e.data.characterName}: ${e.data.text}`] : e.type === 'dm.narrated' ? [`DM: ${e.data.text}`] : [],
  );
  const turns = CHECKPOINTS.filter((turn) => turn <= dm.prompts.length).map((turn) => {
    const prompt = dm.prompts[turn - 1]!;
    // The naive prompt: the same instructions with every line of the log so far instead of the budgeted memory.
    const head = prompt.split('\nSo far:')[0]!.split('\nRecent events:')[0]!;
    const naive = `${head}\nThe whole story:\n${lines.slice(0, (turn - 1) * 2).join('\n')}`;
    return { turn, promptTokens: countTokens(prompt), fullHistoryTokens: countTokens(naive) };
  });
  const first = turns[0]!;
  const last = turns.at(-1)!;
  return {
    bench: 'context',
    tokenizer: 'o200k_base',
    dmTurnsPlayed: dm.prompts.length,
    turns,
    growth: { budgeted: Number((last.promptTokens / first.promptTokens).toFixed(2)), fullHistory: Number((last.fullHistoryTokens / first.fullHistoryTokens).toFixed(2)) },
  };
}
