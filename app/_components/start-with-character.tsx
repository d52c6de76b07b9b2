'use client';

import { useState } from 'react';
import type { CharacterSummary } from '@/lib/characters/player-characters';
import { PostAndGoButton } from './post-and-go-button';

/** Starting a table, playing the campaign's characters or one of the game master's own. */
export function StartWithCharacter({ campaignId, mine }: { campaignId: string; mine: CharacterSummary[] }) {
  const [characterId, setCharacterId] = useState('');
  return (
    <div>
      <label className="field">
        You play
        <select value={characterId} onChange={(e) => setCharacterId(e.target.value)} data-testid={`start-as-${campaignId}`}>
          <option value="">the campaign&apos;s character</option>
          {mine.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}, {c.className} {c.level}
            </option>
          ))}
        </select>
      </label>
      <PostAndGoButton
        endpoint="/api/sessions"
        body={characterId ? { campaignId, characterId } : { campaignId }}
        label="Start session"
        busyLabel="Setting the table…"
        testId="start-session"
        failure="Could not start a session"
      />
    </div>
  );
}
