import type { CharacterSummary } from '@/lib/characters/player-characters';
import { PostAndGoButton } from './post-and-go-button';
import { StartWithCharacter } from './start-with-character';

/** Opens a table of the campaign; with characters of one's own free to play, one of them may be chosen. */
export function StartSessionButton({ campaignId, mine = [] }: { campaignId: string; mine?: CharacterSummary[] }) {
  const free = mine.filter((c) => !c.sessionId);
  if (free.length) return <StartWithCharacter campaignId={campaignId} mine={free} />;
  return (
    <PostAndGoButton
      endpoint="/api/sessions"
      body={{ campaignId }}
      label="Start session"
      busyLabel="Setting the table…"
      testId="start-session"
      failure="Could not start a session"
    />
  );
}
