import type { SessionEvent } from '@/lib/rules/session-log';
import type { Character } from '@/lib/rules/state';

function DiceChips({ event }: { event: Extract<SessionEvent, { type: 'dm.narrated' }> }) {
  const checkRolls = new Set(event.data.checks.map((c) => c.roll.seed));
  if (event.data.rolls.length === 0) return null;
  return (
    <div className="dice" data-testid="dice">
      {event.data.checks.map((check) => (
        <span key={check.roll.seed} className={`die ${check.success ? 'success' : 'failure'}`} title={check.roll.text}>
          {check.skill} {check.roll.text.replace(/^[^:]*: /, '')} vs DC {check.dc} {check.success ? '✓' : '✗'}
        </span>
      ))}
      {event.data.rolls
        .filter((roll) => !checkRolls.has(roll.seed))
        .map((roll) => (
          <span key={roll.seed} className="die" title={roll.text}>
            {roll.text}
          </span>
        ))}
    </div>
  );
}

export function LogEntry({ event, party }: { event: SessionEvent; party: Character[] }) {
  const nameOf = (id: string) => party.find((c) => c.id === id)?.name ?? id;
  switch (event.type) {
    case 'session.started':
      return (
        <div className="entry entry-scene" data-testid="log-entry" data-type={event.type}>
          <div className="entry-who">{event.data.campaignTitle}</div>
          <h2>{event.data.scene.title}</h2>
          <p className="entry-narration">{event.data.scene.description}</p>
        </div>
      );
    case 'player.acted':
      return (
        <div className="entry" data-testid="log-entry" data-type={event.type} data-character={event.data.characterId}>
          <div className="entry-who">
            {event.data.characterName} {event.data.controller === 'ai' ? '· AI player' : ''}
          </div>
          <div className="entry-action">{event.data.text}</div>
        </div>
      );
    case 'dm.narrated':
      return (
        <div className="entry" data-testid="log-entry" data-type={event.type} data-character={event.data.characterId}>
          <div className="entry-who">Dungeon Master · {nameOf(event.data.characterId)}</div>
          <div className="entry-narration">{event.data.text}</div>
          <DiceChips event={event} />
        </div>
      );
    case 'turn.failed':
      return (
        <div className="entry entry-failed" data-testid="log-entry" data-type={event.type}>
          <div className="entry-who">{nameOf(event.data.characterId)}&apos;s turn was skipped</div>
          <div>{event.data.reason}</div>
        </div>
      );
  }
}
