'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import { postJson } from '@/app/(table)/sessions/[id]/_components/post-json';
import type { Fact } from '@/lib/memory/types';
import { FormError } from '@/app/_components/form-error';

type Props = { fact: Fact; campaignId: string; gm: boolean; status?: 'open' | 'done' };

/** One fact of the campaign; the game master can have the DM remember it every turn, or correct its words. */
export function FactItem({ fact, campaignId, gm, status }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState(fact.subject);
  const [text, setText] = useState(fact.text);
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}/facts/${fact.id}`;
  const pin = useSubmit(async () => {
    await postJson(`${base}/pin`, { pinned: !fact.pinned });
    router.refresh();
  });
  const correct = useSubmit(async () => {
    await postJson(`${base}/correct`, { subject, text });
    setEditing(false);
    router.refresh();
  });

  return (
    <li className="fact" data-testid="fact" data-kind={fact.kind} data-pinned={fact.pinned ? 'true' : 'false'}>
      {status && <span className={`tag quest-${status}`} data-testid="quest-status">{status === 'done' ? 'done' : 'open'}</span>}
      {!status && <span className="tag">{fact.kind}</span>}
      <strong>{fact.subject}</strong>: {fact.text}
      {fact.pinned && <span className="muted"> · the DM remembers this</span>}
      {fact.correctedBy && <span className="muted"> · corrected by {fact.correctedBy}</span>}
      {gm && !editing && (
        <form className="fact-actions" onSubmit={pin.submit}>
          <button type="submit" className="link-button" disabled={pin.busy} data-testid="fact-pin">
            {fact.pinned ? 'Forget' : 'Remember this'}
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(true)} data-testid="fact-edit">
            Correct
          </button>
          {pin.error && <span className="error" role="alert"> {pin.error}</span>}
        </form>
      )}
      {gm && editing && (
        <form className="fact-edit" onSubmit={correct.submit} aria-label={`Correct the fact about ${fact.subject}`}>
          <label>
            About
            <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={120} required data-testid="fact-subject" />
          </label>
          <label>
            The fact
            <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={600} rows={2} required data-testid="fact-text" />
          </label>
          <div>
            <button type="submit" className="button" disabled={correct.busy} data-testid="fact-save">
              {correct.busy ? 'Saving…' : 'Save'}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
          <FormError message={correct.error} />
        </form>
      )}
    </li>
  );
}
