'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';

type Row = { messageId: string; retryCount: number; correlationId: string; sessionId: string; fromAgent: string; toAgent: string; messageType: string; sentAt: string; action: string | null; eventType: string | null; success: boolean | null };

const FIELDS = ['session', 'agent', 'type', 'correlation', 'from', 'to'] as const;

/** Finds recorded messages by session, agent, type, conversation or time; the query lives in the address, so a search can be shared. */
export function TraceSearch() {
  const router = useRouter();
  const params = useSearchParams();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = params.toString();

  useEffect(() => {
    void fetch(`/api/ops/traces?${query}`)
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? `Failed (${response.status})`);
        setRows(body.messages);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [query]);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const field of FIELDS) {
      const value = String(form.get(field) ?? '').trim();
      if (value) next.set(field, field === 'from' || field === 'to' ? new Date(value).toISOString() : value);
    }
    router.push(`/ops/traces?${next}`);
  }

  const local = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16) : '');
  return (
    <>
      <form className="panel ops-search" onSubmit={search} aria-label="Search messages">
        <label>
          Session <input name="session" defaultValue={params.get('session') ?? ''} placeholder="session id" />
        </label>
        <label>
          Agent
          <select name="agent" defaultValue={params.get('agent') ?? ''}>
            <option value="">any</option>
            {['dm', 'player', 'generator', 'assistant', 'system'].map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={params.get('type') ?? ''}>
            <option value="">any</option>
            {['request', 'response', 'update', 'event'].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Conversation <input name="correlation" defaultValue={params.get('correlation') ?? ''} placeholder="correlation id" />
        </label>
        <label>
          From <input type="datetime-local" name="from" defaultValue={local(params.get('from'))} />
        </label>
        <label>
          To <input type="datetime-local" name="to" defaultValue={local(params.get('to'))} />
        </label>
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {rows && rows.length === 0 && <p className="muted">No messages match.</p>}
      {rows && rows.length > 0 && (
        <table className="ops-table" data-testid="trace-results">
          <thead>
            <tr>
              <th>Sent</th>
              <th>From → to</th>
              <th>Type</th>
              <th>What</th>
              <th>Session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.messageId}-${r.retryCount}`} data-testid="trace-result">
                <td>
                  <a href={`/ops/traces/${r.correlationId}`}>{new Date(r.sentAt).toLocaleTimeString()}</a>
                </td>
                <td>
                  {r.fromAgent} → {r.toAgent}
                </td>
                <td>{r.messageType}</td>
                <td>{r.action ?? r.eventType ?? (r.success === null ? '' : r.success ? 'ok' : 'failed')}{r.retryCount > 0 && ` (retry ${r.retryCount})`}</td>
                <td>{r.sessionId.slice(0, 8)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
