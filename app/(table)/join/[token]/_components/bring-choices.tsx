import type { CharacterSummary } from '@/lib/characters/player-characters';

type Props = { mine: CharacterSummary[]; choice: string; onChoose: (value: string) => void; value: (id: string) => string; back: string };

/** "Bring one of my characters": the person's own characters free to join, and a way to build one and come back. */
export function BringChoices({ mine, choice, onChoose, value, back }: Props) {
  const free = mine.filter((c) => !c.sessionId);
  return (
    <fieldset className="seat-choices" data-testid="bring-choices">
      <legend>Or bring one of your characters</legend>
      {free.map((c) => (
        <label key={c.id}>
          <input type="radio" name="character" value={value(c.id)} checked={choice === value(c.id)} onChange={() => onChoose(value(c.id))} data-testid={`bring-${c.id}`} />
          {c.name}, {c.ancestry} {c.className} {c.level}
        </label>
      ))}
      {mine.length > free.length && <p className="muted">{mine.length - free.length} of yours already play at other tables.</p>}
      <p className="muted">
        {free.length === 0 ? 'You have no character free to bring. ' : ''}
        <a href={`/characters/new?then=${encodeURIComponent(back)}`} data-testid="build-to-bring">
          Build {free.length ? 'another' : 'one'}
        </a>{' '}
        and come back to this invitation.
      </p>
    </fieldset>
  );
}
