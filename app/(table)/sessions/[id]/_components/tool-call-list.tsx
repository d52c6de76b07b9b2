import type { ToolCallRecord } from '@/lib/rules/session-log';
import { summarise } from './tool-call-format';

/** The DM's tool calls in order, each with the engine's answer or its refusal. */
export function ToolCallList({ calls, nameOf }: { calls: readonly ToolCallRecord[]; nameOf: (id: string) => string }) {
  if (calls.length === 0) return <p className="muted">The DM asked the rules engine nothing this turn.</p>;
  return (
    <ol className="why-tools">
      {calls.map((call, i) => (
        <li key={i} data-testid="why-tool" data-ok={call.ok ? 'true' : 'false'}>
          <code>{call.toolName}</code> <span className="why-input">{summarise(call.input, nameOf)}</span>
          <div className={call.ok ? 'why-answer' : 'why-answer refusal'}>
            {call.ok ? `→ ${summarise(call.output, nameOf)}` : `Refused: ${call.error ?? 'no reason given'}`}
          </div>
        </li>
      ))}
    </ol>
  );
}
