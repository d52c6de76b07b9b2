import 'server-only';
import { liveAgentActors } from '@/lib/agents/live-actors';
import { listDeadLetters } from '@/lib/db/queries/dead-letters';
import type { Database } from '@/lib/db/types';
import type { SessionHost } from '@/lib/table/session-host';
import type { MetricsHistory } from './metrics-history';

/** What the overview reads: the letters, this process's tables, its bus numbers and the agents it hosts. */
export type OverviewSources = {
  db: Database;
  sessions: Pick<SessionHost, 'liveSessions'>;
  history: Pick<MetricsHistory, 'all'>;
  agents: readonly string[];
};

/** The live sessions of this process with their actors' state, the agents it hosts, their health and their actors at work. */
export async function opsOverview({ db, sessions, history, agents }: OverviewSources) {
  const [live, open] = await Promise.all([sessions.liveSessions(), listDeadLetters(db, { limit: 1000 })]);
  const latest = history.all().at(-1);
  const health = (['dm', 'player', 'generator', 'assistant', 'chronicler'] as const).map((agent) => ({
    agent,
    hostedHere: agents.includes(agent),
    metrics: latest?.agents[agent] ?? null,
    openDeadLetters: open.filter((letter) => letter.agent === agent).length,
  }));
  return { sessions: live, agents: health, actors: liveAgentActors(), sampledAt: latest?.at ?? null };
}
