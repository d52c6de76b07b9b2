import type { LiveEvent, PresenceEntry, TableStatus } from '@/lib/realtime/live-events';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';

export type Draft = { turnId: string; characterId: string; attempt: number; text: string };

export type LiveTable = {
  events: SessionEvent[];
  /** The game as players may see it: party, creatures, the fight, the map and the scene. */
  state: RulesState;
  /** The session version `state` is from; an older snapshot arriving late is ignored. */
  version: number;
  status: TableStatus;
  /** Everyone at the table, who is online and who is typing. */
  people: PresenceEntry[];
  /** Narration still streaming, by turn; replaced by the log entry once committed. */
  drafts: Record<string, Draft>;
  connected: boolean;
  /** A log entry arrived out of order: the feed must be reopened from the last one seen. */
  gap: boolean;
  /** People the game master removed while this page was open. */
  removed: string[];
};

export type TableAction = { type: 'live'; event: LiveEvent } | { type: 'connection'; connected: boolean } | { type: 'resync' };

export function lastSeq(table: LiveTable): number {
  return table.events.at(-1)?.seq ?? 0;
}

function settledTurn(event: SessionEvent): string | null {
  return event.type === 'dm.narrated' || event.type === 'turn.failed' ? event.data.turnId : null;
}

function liveReducer(table: LiveTable, event: LiveEvent): LiveTable {
  switch (event.kind) {
    case 'log': {
      const seq = event.event.seq;
      if (seq <= lastSeq(table)) return table;
      if (seq > lastSeq(table) + 1) return { ...table, gap: true };
      const settled = settledTurn(event.event);
      const drafts = { ...table.drafts };
      if (settled) delete drafts[settled];
      return { ...table, events: [...table.events, event.event], drafts };
    }
    case 'narration': {
      const current = table.drafts[event.turnId];
      const text = current && current.attempt === event.attempt ? current.text + event.delta : event.delta;
      const draft = { turnId: event.turnId, characterId: event.characterId, attempt: event.attempt, text };
      return { ...table, drafts: { ...table.drafts, [event.turnId]: draft } };
    }
    case 'state':
      return event.version <= table.version ? table : { ...table, state: event.state, version: event.version };
    case 'status': {
      const { kind: _kind, ...status } = event;
      return { ...table, status };
    }
    case 'presence':
      return { ...table, people: event.people };
    case 'removed':
      return { ...table, removed: [...table.removed, event.userId] };
    default:
      // The feed is JSON from a server that may be newer or older than this page; a kind it
      // does not know is skipped rather than blanking the table.
      return table;
  }
}

export function liveTableReducer(table: LiveTable, action: TableAction): LiveTable {
  switch (action.type) {
    case 'connection':
      return { ...table, connected: action.connected };
    case 'resync':
      return { ...table, gap: false };
    case 'live':
      return liveReducer(table, action.event);
  }
}
