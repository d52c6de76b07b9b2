'use client';

import type { AgentMetrics } from '@/lib/bus/metrics';
import { usePolled } from './use-polled';

type Overview = {
  sessions: Array<{ sessionId: string; state: string; version: number; paused: boolean; idleMs: number }>;
  agents: Array<{ agent: string; hostedHere: boolean; metrics: AgentMetrics | null; openDeadLetters: number }>;
  actors: Array<{ agent: string; sessionId: string; state: string; ageMs: number }>;
  sampledAt: string | null;
};

function health(agent: Overview['agents'][number]): { label: string; tone: 'ok' | 'warn' | 'bad' } {
  if (!agent.hostedHere) return { label: 'worker', tone: 'ok' };
  if (agent.openDeadLetters > 0) return { label: `${agent.openDeadLetters} dead letters`, tone: 'bad' };
  if ((agent.metrics?.errors ?? 0) > 0) return { label: 'errors seen', tone: 'warn' };
  return { label: 'healthy', tone: 'ok' };
}

/** Sessions and agents as they are now, refreshed every two seconds. */
export function OpsOverview() {
  const { data, error } = usePolled<Overview>('/api/ops/overview', 2_000);
  if (!data) return <p className={error ? 'error' : 'muted'}>{error ?? 'Loading…'}</p>;
  return (
    <>
      <section className="panel" aria-label="Agents">
        <h2>Agents</h2>
        <div className="ops-agents">
          {data.agents.map((agent) => {
            const { label, tone } = health(agent);
            const m = agent.metrics;
            return (
              <article key={agent.agent} className="ops-agent" data-testid={`ops-agent-${agent.agent}`}>
                <h3>
                  {agent.agent} <span className={`pill pill-${tone}`}>{label}</span>
                </h3>
                {m ? (
                  <dl>
                    <dt>Processed</dt>
                    <dd>{m.processed}</dd>
                    <dt>Errors</dt>
                    <dd>{m.errors}</dd>
                    <dt>Retries</dt>
                    <dd>{m.retries}</dd>
                    <dt>Dead letters</dt>
                    <dd>{m.deadLetters}</dd>
                    <dt>p50 / p95 / p99</dt>
                    <dd>
                      {m.handlingMs.p50.toFixed(0)} / {m.handlingMs.p95.toFixed(0)} / {m.handlingMs.p99.toFixed(0)} ms
                    </dd>
                  </dl>
                ) : (
                  <p className="muted">No numbers yet.</p>
                )}
              </article>
            );
          })}
        </div>
      </section>
      <section className="panel" aria-label="Agents at work">
        <h2>Agents at work</h2>
        {data.actors.length === 0 ? (
          <p className="muted">No agent is working on anything right now.</p>
        ) : (
          <table className="ops-table">
            <thead>
              <tr>
                <th>Agent</th>
                <th>Actor state</th>
                <th>Session</th>
                <th>For</th>
              </tr>
            </thead>
            <tbody>
              {data.actors.map((a, i) => (
                <tr key={i} data-testid="ops-actor">
                  <td>{a.agent}</td>
                  <td>
                    <code>{a.state}</code>
                  </td>
                  <td>{a.sessionId.slice(0, 13)}</td>
                  <td>{(a.ageMs / 1000).toFixed(1)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-label="Live sessions">
        <h2>Live sessions in this process</h2>
        {data.sessions.length === 0 ? (
          <p className="muted">No session is in memory. Tables come back when someone opens them.</p>
        ) : (
          <table className="ops-table">
            <thead>
              <tr>
                <th>Session</th>
                <th>Actor state</th>
                <th>Version</th>
                <th>Idle</th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.map((s) => (
                <tr key={s.sessionId} data-testid="ops-session">
                  <td>
                    <a href={`/ops/traces?session=${s.sessionId}`}>{s.sessionId.slice(0, 8)}</a>
                  </td>
                  <td>
                    <code>{s.state}</code>
                    {s.paused && ' (paused)'}
                  </td>
                  <td>{s.version}</td>
                  <td>{Math.round(s.idleMs / 1000)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
