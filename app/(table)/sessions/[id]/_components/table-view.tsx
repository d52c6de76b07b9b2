'use client';

import { useEffect, useRef, useState } from 'react';
import type { TableSnapshot } from '@/lib/agents/load-table';
import { ActionForm } from './action-form';
import { LogEntry } from './log-entry';
import { PartyPanel } from './party-panel';
import { useLiveTable } from './use-live-table';
import type { LiveTable } from './live-table-reducer';

function statusLine(table: LiveTable): string {
  const { status, party } = table;
  const name = party.find((c) => c.id === status.characterId)?.name ?? 'Someone';
  switch (status.phase) {
    case 'awaitingAction':
      return 'Your turn. What do you do?';
    case 'resolving':
      return `The Dungeon Master is resolving ${name}'s action…`;
    case 'aiDeciding':
      return `${name} is deciding what to do…`;
    case 'committing':
      return 'Recording the outcome…';
  }
}

export function TableView({ initial, maxActionLength }: { initial: TableSnapshot; maxActionLength: number }) {
  const sessionId = initial.session.id;
  const table = useLiveTable(sessionId, {
    events: initial.events,
    party: initial.session.state.party,
    status: initial.status,
    drafts: {},
    connected: false,
    gap: false,
  });
  const [hydrated, setHydrated] = useState(false);
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);

  const human = table.party.find((c) => c.controller === 'human');
  const logged = new Set(table.events.flatMap((e) => (e.type === 'player.acted' ? [e.data.turnId] : [])));
  const pending = table.status.phase !== 'awaitingAction' && table.status.turnId && !logged.has(table.status.turnId) && table.status.action;
  const drafts = Object.values(table.drafts);

  useEffect(() => {
    logRef.current?.scrollTo({ top: logRef.current.scrollHeight });
  }, [table.events.length, drafts.map((d) => d.text.length).join()]);

  return (
    <div className="table" data-hydrated={hydrated ? 'true' : undefined} data-testid="table">
      <div>
        <div className="log" ref={logRef} aria-live="polite" data-testid="log">
          {table.events.map((event) => (
            <LogEntry key={event.seq} event={event} party={table.party} />
          ))}
          {pending && (
            <div className="entry entry-pending" data-testid="pending-action">
              <div className="entry-who">{table.party.find((c) => c.id === table.status.characterId)?.name}</div>
              <div className="entry-action">{table.status.action}</div>
            </div>
          )}
          {drafts.map((draft) => (
            <div key={draft.turnId} className="entry" data-testid="narration-draft">
              <div className="entry-who">Dungeon Master</div>
              <div className="entry-narration cursor">{draft.text}</div>
            </div>
          ))}
        </div>
        {human && (
          <ActionForm
            sessionId={sessionId}
            character={human}
            yourTurn={table.status.phase === 'awaitingAction'}
            maxLength={maxActionLength}
          />
        )}
      </div>
      <aside className="side">
        <section className="status" aria-label="Table status" data-testid="status" data-phase={table.status.phase}>
          <h2>Now</h2>
          <div>{statusLine(table)}</div>
          {table.status.error && <p className="error">{table.status.error}</p>}
          {!table.connected && hydrated && <p className="muted">Reconnecting to the table…</p>}
        </section>
        <PartyPanel party={table.party} />
      </aside>
    </div>
  );
}
