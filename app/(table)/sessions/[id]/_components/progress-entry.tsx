import type { SessionEvent } from '@/lib/rules/session-log';
import type { LogIndex } from './log-index';

type Progress = Extract<SessionEvent, { type: 'xp.awarded' | 'character.leveled' }>;

function names(ids: readonly string[], nameOf: (id: string) => string): string {
  return ids.map(nameOf).join(', ');
}

/** What an award or a level-up says in the log: who gained what, from what or whom. */
export function progressLine(event: Progress, nameOf: (id: string) => string): string {
  if (event.type === 'character.leveled') return `${event.data.outcome} (chosen by ${event.data.by})`;
  const { source, reason, by, creatures, characterIds, each } = event.data;
  if (source === 'milestone') return `${by} awards ${each} XP to each of ${names(characterIds, nameOf)}: ${reason}`;
  const foes = creatures.map((c) => `${c.name} (${c.xp} XP)`).join(', ');
  return `For defeating ${foes}: ${each} XP to each of ${names(characterIds, nameOf)}`;
}

/** Experience gained, or a level reached, with the sheet changes it made. */
export function ProgressEntry({ event, index }: { event: Progress; index: LogIndex }) {
  const changes = index.changes.get(event.seq) ?? [];
  return (
    <div className="entry entry-table" data-testid="log-entry" data-type={event.type}>
      <div>{progressLine(event, index.nameOf)}</div>
      {changes.length > 0 && (
        <ul className="why-list" data-testid="progress-changes">
          {changes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
