import { useParams } from 'next/navigation';
import { useState } from 'react';
import type { SessionEvent } from '@/lib/rules/session-log';
import { DiceChips } from './dice-chips';
import { classifyRolls } from './dice-format';
import { rulingOf, type LogIndex } from './log-index';
import { WhyPanel } from './why-panel';

type Narrated = Extract<SessionEvent, { type: 'dm.narrated' }>;

/** The DM's narration of a turn, its dice, and on request the reasons behind the ruling. */
export function NarrationEntry({ event, index }: { event: Narrated; index: LogIndex }) {
  const [open, setOpen] = useState(false);
  const { id: sessionId } = useParams<{ id: string }>();
  const { data } = event;
  const ruling = rulingOf(data);
  const rolls = classifyRolls(data.rolls, data.checks, ruling.toolCalls);
  const panelId = `why-${event.seq}`;
  return (
    <div className="entry" data-testid="log-entry" data-type={event.type} data-character={data.characterId}>
      <div className="entry-who">Dungeon Master · {index.nameOf(data.characterId)}</div>
      <div className="entry-narration">{data.text}</div>
      <DiceChips rolls={rolls} />
      <button
        type="button"
        className="why-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        data-testid="why-toggle"
      >
        Why?
      </button>
      {open && (
        <WhyPanel
          id={panelId}
          intent={index.intents.get(data.turnId)}
          ruling={ruling}
          rolls={rolls}
          changes={index.changes.get(event.seq) ?? []}
          nameOf={index.nameOf}
          traceHref={`/ops/turns/${sessionId}/${encodeURIComponent(data.turnId)}`}
        />
      )}
    </div>
  );
}
