import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { countTokens } from 'gpt-tokenizer';
import { readPrompt } from '@/lib/ai/offline/prompt-reader';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { createRuntime } from '@/lib/runtime/runtime';
import { ImmediateModel } from '../bench/immediate-model';
import { plantedCases, readTranscript, type Transcript } from './memory-cases';

const TURNS = 1_020;
const PLANTED = 110;
const FILLER = [
  'Rain drums on the slate roofs as the party walks on.',
  'The road bends between hedges heavy with dew.',
  'A cart rattles past, its driver asleep on the bench.',
  'Smoke from a distant chimney leans with the wind.',
  'The lantern gutters, then steadies.',
  'Gulls wheel and cry over the grey water.',
  'Somewhere a dog barks twice and falls silent.',
  'The party shares bread and a skin of watered wine.',
];

/** The DM as the eval scripts it: it narrates what the transcript says for each action, and keeps every prompt it was sent. */
class ScriptedDm extends ImmediateModel {
  readonly prompts: Array<{ action: string; prompt: string }> = [];

  constructor(private readonly narrate: (action: string, turn: number) => string) {
    super('');
  }

  override async doStream(options: LanguageModelV4CallOptions) {
    const read = readPrompt(options.prompt);
    this.prompts.push({ action: read.lastUser, prompt: `${read.system}\n${read.lastUser}` });
    this.text = this.narrate(read.lastUser, this.prompts.length);
    return super.doStream(options);
  }
}

function generated(seed: number): Transcript & { planted: number } {
  const cases = plantedCases(PLANTED, seed);
  const every = Math.floor(TURNS / 3 / cases.length);
  // A human action every third DM turn (the two AI players act between): facts are spread over the whole session.
  const turns = Array.from({ length: Math.ceil(TURNS / 3) }, (_, i) => ({
    narration: i % every === 0 && cases[i / every] ? cases[i / every]!.fact : FILLER[i % FILLER.length]!,
  }));
  return { turns, probes: cases.map((c) => ({ action: c.probe, expect: c.fact })), planted: cases.length };
}

/**
 * Plays a long session through the real table (the Chronicler reading every
 * commit into the register, the DM's prompt built from budgeted blocks),
 * then makes oblique probes and checks whether each probe's planted fact
 * reached the DM's prompt.
 */
export async function memoryEval(args: string[] = []) {
  const transcript = args[0] ? { ...readTranscript(args[0]), planted: null } : generated(7);
  const actions = transcript.turns.map((_, i) => `I keep going (${i})`);
  // The DM is told the action among other words; the number in it says which narration answers it.
  const dm = new ScriptedDm((action, turn) => {
    const i = Number(action.match(/I keep going \((\d+)\)/)?.[1] ?? NaN);
    return transcript.turns[i]?.narration ?? FILLER[turn % FILLER.length]!;
  });
  const db = await openPglite('memory://');
  const runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), db, { dm, player: new ImmediateModel('I keep pace with the others.') });
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 5 });
  const play = async (text: string, key: string) => {
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text, idempotencyKey: key });
    await runtime.sessions.settled(sessionId);
  };
  for (const [i, action] of actions.entries()) await play(action, `t${i}`);
  const misses: Array<{ probe: string; fact: string }> = [];
  for (const [i, probe] of transcript.probes.entries()) {
    await play(probe.action, `p${i}`);
    const sent = dm.prompts.findLast((p) => p.action.includes(probe.action));
    if (!sent?.prompt.includes(probe.expect)) misses.push({ probe: probe.action, fact: probe.expect });
  }
  await runtime.close();
  await db.close();
  const tokens = (turn: number) => countTokens(dm.prompts[Math.min(turn, dm.prompts.length) - 1]!.prompt);
  const probes = transcript.probes.length;
  const recall = Number(((probes - misses.length) / probes).toFixed(3));
  const turn10 = tokens(10);
  const turnLast = tokens(dm.prompts.length);
  return {
    eval: 'memory',
    source: args[0] ?? 'generated (seed 7)',
    tokenizer: 'o200k_base',
    turns: dm.prompts.length,
    planted: transcript.planted,
    probes,
    recall,
    promptTokens: { turn10, turnLast, growth: Number((turnLast / turn10).toFixed(2)) },
    met: { recall: recall >= 0.9, promptGrowth: turnLast <= 1.2 * turn10, promptSize: turnLast <= 8_000 },
    misses,
  };
}
