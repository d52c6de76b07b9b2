import type { SessionEvent } from '@/lib/rules/session-log';
import type { LogIndex } from './log-index';
import { NarrationEntry } from './narration-entry';
import { ProgressEntry } from './progress-entry';
import { TurnDivider } from './turn-divider';

const chosenBy = { human: '', ai: ' · AI player', dm: ' · played by the DM' } as const;

export function LogEntry({ event, index }: { event: SessionEvent; index: LogIndex }) {
  switch (event.type) {
    case 'session.started':
      return (
        <div className="entry entry-scene" data-testid="log-entry" data-type={event.type}>
          {event.data.recap && (
            <div className="entry-recap" data-testid="recap">
              <h3>Previously on {event.data.campaignTitle}…</h3>
              <p className="entry-narration">{event.data.recap}</p>
            </div>
          )}
          <div className="entry-who">{event.data.campaignTitle}</div>
          <h2>{event.data.scene.title}</h2>
          <p className="entry-narration">{event.data.scene.description}</p>
        </div>
      );
    case 'player.acted':
      return (
        <div className="entry" data-testid="log-entry" data-type={event.type} data-character={event.data.characterId}>
          <div className="entry-who">
            {event.data.characterName}
            {chosenBy[event.data.controller]}
          </div>
          <div className="entry-action">{event.data.text}</div>
        </div>
      );
    case 'dm.narrated':
      return <NarrationEntry event={event} index={index} />;
    case 'turn.failed':
      return (
        <div className="entry entry-failed" data-testid="log-entry" data-type={event.type}>
          <div className="entry-who">{index.nameOf(event.data.characterId)}&apos;s turn was skipped</div>
          <div>{event.data.reason}</div>
        </div>
      );
    case 'turn.advanced':
      return <TurnDivider round={event.data.round} name={event.data.nextId && index.nameOf(event.data.nextId)} />;
    case 'xp.awarded':
    case 'character.leveled':
      return <ProgressEntry event={event} index={index} />;
    case 'combat.ended':
      return (
        <div className="entry entry-combat-end" data-testid="log-entry" data-type={event.type}>
          {event.data.winner === 'party' ? 'The party wins the fight' : 'The party is defeated'}
        </div>
      );
    case 'party.joined':
      return (
        <div className="entry entry-table" data-testid="log-entry" data-type={event.type} data-character={event.data.characterId}>
          {event.data.reason}
        </div>
      );
    case 'seat.changed':
      return (
        <div className="entry entry-table" data-testid="log-entry" data-type={event.type} data-character={event.data.characterId}>
          {event.data.reason}
        </div>
      );
    case 'table.paused':
    case 'table.resumed':
      return (
        <div className="entry entry-table" data-testid="log-entry" data-type={event.type}>
          {event.type === 'table.paused' ? 'The game master paused the game' : 'The game master resumed the game'}
          {event.data.reason ? `: ${event.data.reason}` : ''}
        </div>
      );
    case 'gm.edited':
      return (
        <div className="entry entry-table" data-testid="log-entry" data-type={event.type}>
          {event.data.by} changed the game by hand: {event.data.reason}
        </div>
      );
    case 'rulebooks.chosen':
      return (
        <div className="entry entry-table" data-testid="log-entry" data-type={event.type}>
          {event.data.ruleSystems.length === 0
            ? `${event.data.by} set the imported rulebooks aside: the DM plays by the built-in rules alone`
            : `${event.data.by} chose the rulebooks the table plays by: ${event.data.ruleSystems.map((r) => r.name).join(', ')}`}
        </div>
      );
    case 'map.arrived':
      return (
        <div className="entry entry-combat-end" data-testid="log-entry" data-type={event.type}>
          The battle map of this place is drawn, and everyone takes their places.
        </div>
      );
  }
}
