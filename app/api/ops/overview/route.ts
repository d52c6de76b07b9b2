import { liveAgentActors } from '@/lib/agents/live-actors';
import { listDeadLetters } from '@/lib/db/queries/dead-letters';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';

/** The live sessions of this process with their actors' state, the agents it hosts, their health and their actors at work. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const [sessions, open] = await Promise.all([runtime.sessions.liveSessions(), listDeadLetters(runtime.db, { limit: 1000 })]);
    const latest = runtime.history.all().at(-1);
    const agents = (['dm', 'player', 'generator', 'assistant'] as const).map((agent) => ({
      agent,
      hostedHere: runtime.agents.includes(agent),
      metrics: latest?.agents[agent] ?? null,
      openDeadLetters: open.filter((letter) => letter.agent === agent).length,
    }));
    return Response.json({ sessions, agents, actors: liveAgentActors(), sampledAt: latest?.at ?? null });
  });
}
