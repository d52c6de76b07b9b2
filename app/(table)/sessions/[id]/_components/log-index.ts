import type { AgentUsage, ContextSent, RuleCitation, SessionEvent, SessionEventData, ToolCallRecord } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { ledgerFrom, nameIn, openWith } from './ledger';
import { describePatches } from './patch-lines';

export type Intent = Pick<SessionEventData['player.acted'], 'characterName' | 'text' | 'controller'>;

/** What the play screen reads out of the whole log once, rather than per entry. */
export type LogIndex = {
  /** The state changes of each ruling, turn advance and fight's end, as sentences, by seq. */
  changes: ReadonlyMap<number, readonly string[]>;
  /** The action each turn resolved, by turn id. */
  intents: ReadonlyMap<string, Intent>;
  /** A name for anyone the log or the table mentions, including creatures since gone. */
  nameOf: (id: string) => string;
};

export function indexLog(events: readonly SessionEvent[], state: Pick<RulesState, 'party' | 'creatures'>): LogIndex {
  const changes = new Map<number, readonly string[]>();
  const intents = new Map<string, Intent>();
  let ledger = ledgerFrom(state);
  for (const event of events) {
    if (event.type === 'session.started' && event.data.initialState) ledger = openWith(ledger, event.data.initialState);
    if (event.type === 'player.acted') intents.set(event.data.turnId, event.data);
    if (event.type === 'dm.narrated' || event.type === 'turn.advanced' || event.type === 'combat.ended' || event.type === 'xp.awarded' || event.type === 'character.leveled') {
      const step = describePatches(ledger, event.data.patches);
      changes.set(event.seq, step.lines);
      ledger = step.ledger;
    }
  }
  const final = ledger;
  return { changes, intents, nameOf: (id) => nameIn(final, id) };
}

export type Ruling = { toolCalls: readonly ToolCallRecord[]; rules: readonly RuleCitation[]; usage: AgentUsage | null; context: readonly ContextSent[] };

/** A ruling's record; events stored before tool calls, citations and usage were kept have none of them. */
export function rulingOf(data: SessionEventData['dm.narrated']): Ruling {
  return { toolCalls: data.toolCalls ?? [], rules: data.rules ?? [], usage: data.usage ?? null, context: data.context ?? [] };
}
