'use client';

import { useEffect, useState } from 'react';
import { SequenceDiagram } from './sequence-diagram';
import type { TraceMessage } from './trace-rows';

/** Loads a trace from an ops endpoint and draws it. */
export function TraceView({ source }: { source: string }) {
  const [messages, setMessages] = useState<TraceMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void fetch(source)
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? `Failed (${response.status})`);
        setMessages(body.messages);
      })
      .catch((e: Error) => setError(e.message));
  }, [source]);
  if (error) return <p className="error">{error}</p>;
  if (!messages) return <p className="muted">Loading…</p>;
  const total = messages.at(-1)?.atMs ?? 0;
  return (
    <>
      <p className="muted">
        {messages.length} messages in {new Set(messages.map((m) => m.correlationId)).size} conversations over {total} ms
      </p>
      <SequenceDiagram messages={messages} />
    </>
  );
}
