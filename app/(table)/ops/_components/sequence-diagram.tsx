'use client';

import { useState } from 'react';
import { foldUpdates, labelOf, lanesOf, type TraceMessage } from './trace-rows';

const LANE_W = 170;
const ROW_H = 34;
const TOP = 40;

const colors = ['#d4a24c', '#6cb4ee', '#8fd18a', '#e48a8a', '#c49be8', '#e8c17a'];

/** Agents as lanes, messages as arrows in time order with their timing; a click shows the payload. */
export function SequenceDiagram({ messages }: { messages: readonly TraceMessage[] }) {
  const [selected, setSelected] = useState<number | null>(null);
  const lanes = lanesOf(messages);
  const rows = foldUpdates(messages);
  const conversations = [...new Set(messages.map((m) => m.correlationId))];
  const x = (agent: string) => LANE_W / 2 + lanes.indexOf(agent) * LANE_W;
  const width = lanes.length * LANE_W;
  const height = TOP + rows.length * ROW_H + 20;
  const chosen = selected === null ? null : rows[selected];

  return (
    <div className="sequence">
      <svg width={width} height={height} role="img" aria-label="Messages between agents in time order" data-testid="sequence-diagram">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
          </marker>
        </defs>
        {lanes.map((lane) => (
          <g key={lane}>
            <text x={x(lane)} y={20} textAnchor="middle" className="lane-name">
              {lane}
            </text>
            <line x1={x(lane)} x2={x(lane)} y1={28} y2={height} className="lane-line" />
          </g>
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW_H + ROW_H / 2;
          const from = x(row.first.fromAgent);
          const to = x(row.first.toAgent);
          const color = colors[conversations.indexOf(row.first.correlationId) % colors.length];
          return (
            <g
              key={`${row.first.messageId}-${row.first.retryCount}`}
              className={selected === i ? 'trace-row selected' : 'trace-row'}
              onClick={() => setSelected(i)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setSelected(i)}
              tabIndex={0}
              role="button"
              aria-label={`${row.first.fromAgent} to ${row.first.toAgent}: ${labelOf(row)} at ${row.first.atMs} ms`}
              data-testid="trace-message"
              data-from={row.first.fromAgent}
              data-to={row.first.toAgent}
              data-type={row.first.messageType}
              data-retry={row.first.retryCount}
              style={{ color }}
            >
              <rect x={0} y={y - ROW_H / 2} width={width} height={ROW_H} fill="transparent" />
              <line x1={from} x2={to === from ? to + 30 : to} y1={y} y2={y} stroke="currentColor" strokeWidth={row.first.messageType === 'update' ? 1 : 2} strokeDasharray={row.first.messageType === 'response' ? '5 3' : undefined} markerEnd="url(#arrow)" />
              <text x={(from + to) / 2} y={y - 5} textAnchor="middle" className="trace-label">
                {labelOf(row)}
              </text>
              <text x={4} y={y + 4} className="trace-time">
                +{row.first.atMs} ms
              </text>
            </g>
          );
        })}
      </svg>
      <aside className="panel trace-payload" aria-label="Message" data-testid="trace-payload">
        {chosen ? (
          <>
            <h3>
              {chosen.first.messageType} · {chosen.first.fromAgent} → {chosen.first.toAgent}
            </h3>
            <p className="muted">
              at +{chosen.first.atMs} ms{chosen.count > 1 && ` until +${chosen.lastAtMs} ms (${chosen.count} messages)`} · retry {chosen.first.retryCount} ·
              conversation {chosen.first.correlationId.slice(0, 8)}
            </p>
            <pre>{JSON.stringify(chosen.first.payload, null, 2)}</pre>
          </>
        ) : (
          <p className="muted">Choose a message to see what it carried.</p>
        )}
      </aside>
    </div>
  );
}
