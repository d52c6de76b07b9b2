'use client';

import { useMemo, useRef, useState } from 'react';
import type { Member } from '@/lib/table/members';
import type { PresenceEntry, TableStatus } from '@/lib/realtime/live-events';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { ActionForm, type Suggestion } from './action-form';
import { Epilogue } from './epilogue';
import { ScenePanel } from './scene-panel';
import { BattleMap } from './battle-map';
import { CreaturesPanel } from './creatures-panel';
import { InitiativeTracker } from './initiative-tracker';
import type { FeedSettings } from './live-feed';
import { indexLog } from './log-index';
import { LogEntry } from './log-entry';
import { PartyPanel } from './party-panel';
import { PeoplePanel } from './people-panel';
import { RulebooksPanel } from './rulebooks-panel';
import { SheetDialog } from './sheet-dialog';
import { UsageMeter } from './usage-meter';
import { useFollowLog } from './use-follow-log';
import { useLiveTable } from './use-live-table';
import { useHydrated } from '@/app/_components/use-hydrated';

/** What the page loads before the live feed takes over. */
export type InitialTable = {
  sessionId: string;
  events: SessionEvent[];
  state: RulesState;
  version: number;
  status: TableStatus;
  people: PresenceEntry[];
};

function statusLine(status: TableStatus, nameOf: (id: string) => string, mine: string[]): string {
  const name = status.characterId ? nameOf(status.characterId) : 'Someone';
  if (status.paused && status.phase === 'awaitingAction') return 'The game master has paused the game.';
  switch (status.phase) {
    case 'awaitingAction':
      if (status.characterId && !mine.includes(status.characterId)) return `Waiting for ${name}…`;
      return 'Your turn. What do you do?';
    case 'resolving':
      return `The Dungeon Master is resolving ${name}'s action…`;
    case 'aiDeciding':
      return `${name} is deciding what to do…`;
    case 'committing':
      return 'Recording the outcome…';
  }
}

/** Which of my characters acts now: the one whose fight turn it is, else the first I play. */
function actingCharacter(state: RulesState, me: Member, status: TableStatus) {
  const mine = state.party.filter((c) => me.seats.includes(c.id) && c.controller === 'human');
  return mine.find((c) => c.id === status.characterId) ?? mine[0];
}

/** `ended`: the game master ended this session; its log is read, not played. */
type TableViewProps = { initial: InitialTable; me: Member; maxActionLength: number; feed: FeedSettings; ended?: boolean };

export function TableView({ initial, me, maxActionLength, feed, ended = false }: TableViewProps) {
  const { sessionId, ...loaded } = initial;
  const table = useLiveTable(sessionId, me.userId, { ...loaded, drafts: {}, connected: false, gap: false, removed: [] }, feed);
  const hydrated = useHydrated();
  const logRef = useRef<HTMLDivElement>(null);
  const [sheetFor, setSheetFor] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);

  const { events, state, status } = table;
  const index = useMemo(() => indexLog(events, state), [events, state]);
  // Seats can change hands while the page is open; the presence feed says who holds which now.
  const seats = table.people.find((p) => p.userId === me.userId)?.seats ?? me.seats;
  const mine = { ...me, seats };
  const human = actingCharacter(state, mine, status);
  const yourTurn = status.phase === 'awaitingAction' && !status.paused && (status.characterId === null || status.characterId === human?.id);
  const logged = new Set(events.flatMap((e) => (e.type === 'player.acted' ? [e.data.turnId] : [])));
  const pending = status.phase !== 'awaitingAction' && status.turnId && !logged.has(status.turnId) && status.action;
  const drafts = Object.values(table.drafts);

  const follow = useFollowLog(logRef, `${events.length}:${drafts.map((d) => d.text.length).join()}`);

  if (table.removed.includes(me.userId)) {
    return (
      <section className="hero" role="alert" data-testid="removed">
        <h1>You have left this table</h1>
        <p>The game master removed you from the table. AI players now play your characters.</p>
        <p>
          <a href="/">Back to the campaigns</a>
        </p>
      </section>
    );
  }

  return (
    <div className="table" data-hydrated={hydrated ? 'true' : undefined} data-testid="table">
      <div>
        <BattleMap state={state} />
        <div className="log" ref={logRef} onScroll={follow.onScroll} aria-live="polite" data-testid="log">
          {events.map((event) => (
            <LogEntry key={event.seq} event={event} index={index} />
          ))}
          {pending && (
            <div className="entry entry-pending" data-testid="pending-action">
              <div className="entry-who">{status.characterId ? index.nameOf(status.characterId) : ''}</div>
              <div className="entry-action">{status.action}</div>
            </div>
          )}
          {state.story.ending && <Epilogue text={state.story.ending} />}
          {drafts.map((draft) => (
            <div key={draft.turnId} className="entry" data-testid="narration-draft" data-character={draft.characterId}>
              <div className="entry-who">Dungeon Master</div>
              <div className="entry-narration cursor">{draft.text}</div>
            </div>
          ))}
        </div>
        {follow.behind && (
          <button type="button" className="jump-latest" onClick={follow.jump} data-testid="jump-latest">
            Newer entries below ↓
          </button>
        )}
        {human && !ended && (
          <ActionForm
            sessionId={sessionId}
            character={human}
            yourTurn={yourTurn}
            maxLength={maxActionLength}
            suggestion={suggestion}
          />
        )}
      </div>
      <aside className="side">
        <section className="panel status" aria-label="Table status" data-testid="status" data-phase={status.phase}>
          <h2>Now</h2>
          <div>{statusLine(status, index.nameOf, seats)}</div>
          {status.error && <p className="error">{status.error}</p>}
          {!table.connected && hydrated && <p className="muted">Reconnecting to the table…</p>}
        </section>
        <ScenePanel scene={state.scene} onSuggest={human && !ended ? (text) => setSuggestion({ text, key: Date.now() }) : undefined} />
        <PeoplePanel sessionId={sessionId} me={mine} people={table.people} state={state} paused={status.paused} />
        <InitiativeTracker state={state} />
        <PartyPanel party={state.party} players={Object.fromEntries(table.people.flatMap((p) => p.seats.map((id) => [id, p.name])))} mine={seats} onOpenSheet={setSheetFor} />
        <CreaturesPanel creatures={state.creatures} />
        <RulebooksPanel sessionId={sessionId} gm={mine.role === 'gm'} changes={events.filter((e) => e.type === 'rulebooks.chosen').length} />
        <UsageMeter events={events} />
      </aside>
      {sheetFor && (
        <SheetDialog
          sessionId={sessionId}
          characterId={sheetFor}
          version={table.version}
          everyone={[
            ...state.creatures.filter((c) => !c.dead).map((c) => ({ id: c.id, name: c.name, side: c.hostile ? ('foe' as const) : ('ally' as const) })),
            ...state.party.filter((c) => !c.dead).map((c) => ({ id: c.id, name: c.name, side: 'ally' as const })),
          ]}
          canAct={human?.id === sheetFor}
          onAction={(text) => setSuggestion({ text, key: Date.now() })}
          onClose={() => setSheetFor(null)}
        />
      )}
    </div>
  );
}
