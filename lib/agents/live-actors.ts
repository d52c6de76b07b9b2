import { toPromise, type AnyActorRef, type OutputFrom } from 'xstate';

type Entry = { agent: string; sessionId: string; startedAt: number; actor: AnyActorRef };

const holder = globalThis as typeof globalThis & { roundtableAgentActors?: Map<string, Entry> };
const live = (holder.roundtableAgentActors ??= new Map());

/** Waits for an agent's actor to finish, listed meanwhile among the actors the ops page shows. */
export async function runTracked<T extends AnyActorRef>(agent: string, sessionId: string, actor: T): Promise<OutputFrom<T>> {
  const id = crypto.randomUUID();
  live.set(id, { agent, sessionId, startedAt: Date.now(), actor });
  try {
    return (await toPromise(actor)) as OutputFrom<T>;
  } finally {
    live.delete(id);
  }
}

/** The agents' actors at work in this process now, with the state each is in. */
export function liveAgentActors(): Array<{ agent: string; sessionId: string; state: string; ageMs: number }> {
  return [...live.values()].map((e) => ({
    agent: e.agent,
    sessionId: e.sessionId,
    state: JSON.stringify(e.actor.getSnapshot().value),
    ageMs: Date.now() - e.startedAt,
  }));
}
