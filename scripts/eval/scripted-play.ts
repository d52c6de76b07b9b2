import type { Runtime } from '@/lib/runtime/runtime';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import type { SessionEvent } from '@/lib/rules/session-log';

/** A step of a scripted session: something the person says, or fighting until the fight is over. */
export type ScriptStep = string | { fight: string };

/** Three encounters of the sample campaign, played by a person who mostly attacks and presses on. */
export const threeEncounters: ScriptStep[] = [
  'I search the altar for traps',
  'We go deeper into the shrine.',
  { fight: 'I attack the nearest foe' },
  'I bandage my wounds',
  'We go deeper into the shrine.',
  { fight: 'I attack the nearest foe' },
  'We go deeper into the shrine.',
  { fight: 'I attack the nearest foe' },
  'I try to silence the great bell',
];

/** Person turns one fight may take before the script gives up on it. */
const MAX_FIGHT_TURNS = 30;

async function act(runtime: Runtime, sessionId: string, characterId: string, text: string): Promise<boolean> {
  await runtime.sessions.settled(sessionId);
  const { state, status } = await runtime.sessions.view(sessionId);
  const waitingFor = status.characterId ?? characterId;
  if (waitingFor !== characterId) return false;
  if (state.party.find((c) => c.id === characterId)?.dead) return false;
  await runtime.sessions.submit(sessionId, { characterId, text, idempotencyKey: crypto.randomUUID() });
  await runtime.sessions.settled(sessionId);
  return true;
}

/**
 * Plays a script against a runtime with a fixed seed and returns the whole
 * log. Everything (dice, the offline models' choices) follows from the seed.
 */
export async function playScript(runtime: Runtime, options: { seed: number; script: ScriptStep[]; characterId?: string }) {
  const characterId = options.characterId ?? 'mira';
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: options.seed });
  let personTurns = 0;
  for (const step of options.script) {
    if (typeof step === 'string') {
      if (await act(runtime, sessionId, characterId, step)) personTurns += 1;
      continue;
    }
    for (let i = 0; i < MAX_FIGHT_TURNS; i++) {
      const { state } = await runtime.sessions.view(sessionId);
      if (!state.combat) break;
      if (!(await act(runtime, sessionId, characterId, step.fight))) break;
      personTurns += 1;
    }
  }
  const events: SessionEvent[] = await listSessionEvents(runtime.db, { sessionId });
  return { sessionId, events, personTurns };
}

/** A log without what legitimately differs between two runs of one seed (ids, times, latency). */
export function comparable(events: SessionEvent[]) {
  return events.map((event) => {
    const data = { ...(event.data as Record<string, unknown>) };
    delete data.turnId;
    delete data.usage;
    return { seq: event.seq, type: event.type, data };
  });
}
