'use client';

import { useCallback, useEffect, useState } from 'react';
import { postJson } from './post-json';

type Invite = { token: string; url: string; usesLeft: number | null; expiresAt: string | null };

const usesLabel = (usesLeft: number | null) => (usesLeft === null ? 'any number of people' : usesLeft === 1 ? '1 more person' : `${usesLeft} more people`);

/** The game master's invitations: make one (for anyone, or a number of people), see those still open, revoke any. */
export function InviteManager({ sessionId, onError }: { sessionId: string; onError: (message: string) => void }) {
  const [uses, setUses] = useState<'any' | '1' | '5'>('any');
  const [invites, setInvites] = useState<Invite[]>([]);
  const [latest, setLatest] = useState<string | null>(null);
  const base = `/api/sessions/${sessionId}/invites`;

  const refresh = useCallback(async () => {
    const { invites } = (await (await fetch(base)).json()) as { invites: Invite[] };
    setInvites(invites ?? []);
  }, [base]);
  useEffect(() => void refresh().catch(() => {}), [refresh]);

  const run = (work: () => Promise<unknown>) => void work().catch((e: Error) => onError(e.message));

  return (
    <div className="invites">
      <div className="gm-controls">
        <label>
          Link for{' '}
          <select value={uses} onChange={(e) => setUses(e.target.value as typeof uses)} data-testid="invite-uses" aria-label="How many people the link seats">
            <option value="any">anyone</option>
            <option value="1">one person</option>
            <option value="5">five people</option>
          </select>
        </label>
        <button
          className="button"
          type="button"
          data-testid="invite"
          onClick={() =>
            run(async () => {
              const { url } = (await postJson(base, { maxUses: uses === 'any' ? null : Number(uses) })) as Invite;
              setLatest(new URL(url, window.location.origin).toString());
              await refresh();
            })
          }
        >
          Invite a player
        </button>
      </div>
      {latest && (
        <p className="invite">
          Send this link: <input readOnly value={latest} data-testid="invite-link" onFocus={(e) => e.target.select()} aria-label="Invite link" />
        </p>
      )}
      {invites.length > 0 && (
        <ul className="invite-list" aria-label="Open invitations" data-testid="open-invites">
          {invites.map((invite) => (
            <li key={invite.token}>
              <code>…{invite.token.slice(-6)}</code> seats {usesLabel(invite.usesLeft)}
              {invite.expiresAt && <span className="muted"> · until {new Date(invite.expiresAt).toLocaleDateString()}</span>}
              <button
                className="link-button"
                type="button"
                onClick={() =>
                  run(async () => {
                    await postJson(`${base}/${encodeURIComponent(invite.token)}`, undefined, 'DELETE');
                    if (latest?.endsWith(invite.token)) setLatest(null);
                    await refresh();
                  })
                }
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
