import { useMemo } from 'react';
import type { SessionEvent } from '@/lib/rules/session-log';
import { formatCost, formatMs, formatTokens, totalCost, totalsByAgent, usageOf } from './usage-stats';

const agentNames = { dm: 'Dungeon Master', player: 'AI players' } as const;

/** What the session's model calls have cost so far, in tokens, time and (estimated) money. */
export function UsageMeter({ events }: { events: readonly SessionEvent[] }) {
  const totals = useMemo(() => totalsByAgent(usageOf(events)), [events]);
  return (
    <section className="panel usage" aria-label="Cost and latency" data-testid="usage-meter">
      <h2>Cost &amp; latency</h2>
      {totals.length === 0 ? (
        <p className="muted">No model calls yet.</p>
      ) : (
        <>
          {totals.map((t) => (
            <div key={t.agent} className="usage-agent" data-testid="usage-agent" data-agent={t.agent}>
              <div className="member-name">
                <span>{agentNames[t.agent]}</span>
                <span data-testid="usage-cost">{formatCost(t.cost)}</span>
              </div>
              <dl className="usage-figures">
                <dt>Calls</dt>
                <dd data-testid="usage-calls">{t.calls}</dd>
                <dt>Tokens in / out</dt>
                <dd>
                  {formatTokens(t.inputTokens)} / {formatTokens(t.outputTokens)}
                </dd>
                <dt>Latency avg / p95</dt>
                <dd>
                  {formatMs(t.avgMs)} / {formatMs(t.p95Ms)}
                </dd>
                <dt>Models</dt>
                <dd>{t.models.join(', ')}</dd>
              </dl>
            </div>
          ))}
          <div className="member-name usage-total">
            <span>Estimated total</span>
            <span data-testid="usage-total">{formatCost(totalCost(totals))}</span>
          </div>
        </>
      )}
    </section>
  );
}
