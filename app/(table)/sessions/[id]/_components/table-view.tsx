'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { TableStatus } from '@/lib/realtime/live-events';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { ActionForm } from './action-form';
import { BattleMap } from './battle-map';
import { CreaturesPanel } from './creatures-panel';
import { InitiativeTracker } from './initiative-tracker';
import { indexLog } from './log-index';
import { LogEntry } from './log-entry';
import { PartyPanel } from './party-panel';
import { UsageMeter } from './usage-meter';
import { useLiveTable } from './use-live-table';

/** What the page loads before the live feed takes over. */
export type InitialTable = { sessionId: string; events: SessionEvent[]; state: RulesState; version: number; status: TableStatus };

function statusLine(status: TableStatus, nameOf: (id: string) => string): string {
  const name = status.characterId ? nameOf(status.characterId) : 'Someone';
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

export function TableView({ initial, maxActionLength }: { initial: InitialTable; maxActionLength: number }) {
  const { sessionId, ...loaded } = initial;
  const table = useLiveTable(sessionId, { ...loaded, drafts: {}, connected: false, gap: false });
  const [hydrated, setHydrated] = useState(false);
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);

  const { events, state, status } = table;
  const index = useMemo(() => indexLog(events, state), [events, state]);
  const human = state.party.find((c) => c.controller === 'human');
  const logged = new Set(events.flatMap((e) => (e.type === 'player.acted' ? [e.data.turnId] : [])));
  const pending = status.phase !== 'awaitingAction' && status.turnId && !logged.has(status.turnId) && status.action;
  const drafts = Object.values(table.drafts);

  useEffect(() => {
    logRef.current?.scrollTo({ top: logRef.current.scrollHeight });
  }, [events.length, drafts.map((d) => d.text.length).join()]);

  return (
    <div className="table" data-hydrated={hydrated ? 'true' : undefined} data-testid="table">
      <div>
        <BattleMap state={state} />
        <div className="log" ref={logRef} aria-live="polite" data-testid="log">
          {events.map((event) => (
            <LogEntry key={event.seq} event={event} index={index} />
          ))}
          {pending && (
            <div className="entry entry-pending" data-testid="pending-action">
              <div className="entry-who">{status.characterId ? index.nameOf(status.characterId) : ''}</div>
              <div className="entry-action">{status.action}</div>
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
            yourTurn={status.phase === 'awaitingAction'}
            maxLength={maxActionLength}
          />
        )}
      </div>
      <aside className="side">
        <section className="panel status" aria-label="Table status" data-testid="status" data-phase={status.phase}>
          <h2>Now</h2>
          <div>{statusLine(status, index.nameOf)}</div>
          {status.error && <p className="error">{status.error}</p>}
          {!table.connected && hydrated && <p className="muted">Reconnecting to the table…</p>}
        </section>
        <InitiativeTracker state={state} />
        <PartyPanel party={state.party} />
        <CreaturesPanel creatures={state.creatures} />
        <UsageMeter events={events} />
      </aside>
    </div>
  );
}
