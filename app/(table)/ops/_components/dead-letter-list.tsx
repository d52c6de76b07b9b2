'use client';

import { useCallback, useEffect, useState } from 'react';

type Letter = {
  id: string;
  agent: string;
  reason: string;
  attempts: number;
  body: { correlationId?: string; payload?: { action?: string } } | unknown;
  status: 'open' | 'replayed' | 'discarded';
  createdAt: string;
  settledNote: string | null;
  actions: Array<{ action: string; actorName: string; note: string; at: string }>;
};

const correlationOf = (letter: Letter) => (letter.body as { correlationId?: string } | null)?.correlationId;
const actionOf = (letter: Letter) => (letter.body as { payload?: { action?: string } } | null)?.payload?.action ?? 'message';

/** Dead letters with their reasons; inspect one, replay a few, or discard with a reason. */
export function DeadLetterList() {
  const [status, setStatus] = useState<Letter['status']>('open');
  const [letters, setLetters] = useState<Letter[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(async () => {
    const response = await fetch(`/api/ops/dead-letters?status=${status}`);
    const body = await response.json();
    if (!response.ok) return setNote(body?.error?.message ?? 'Could not load the dead letters');
    setLetters(body.letters);
  }, [status]);

  useEffect(() => {
    setChosen(new Set());
    void load();
  }, [load]);

  async function replay(ids: string[]) {
    const response = await fetch('/api/ops/dead-letters/replay', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ids }) });
    const body = await response.json();
    if (!response.ok) return setNote(body?.error?.message ?? 'Replay refused');
    const failed = (body.results as Array<{ replayed: boolean; error?: string }>).filter((r) => !r.replayed);
    setNote(failed.length ? `Replayed ${ids.length - failed.length}; not replayed: ${failed.map((f) => f.error).join('; ')}` : `Replayed ${ids.length}.`);
    setChosen(new Set());
    await load();
  }

  async function discard(id: string) {
    const reason = window.prompt('Why discard this message for good?');
    if (!reason) return;
    const response = await fetch(`/api/ops/dead-letters/${id}/discard`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason }) });
    if (!response.ok) return setNote((await response.json())?.error?.message ?? 'Discard refused');
    setNote('Discarded.');
    await load();
  }

  return (
    <section className="panel" aria-label="Dead letters">
      <div className="ops-toolbar">
        <label>
          Show{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as Letter['status'])} data-testid="dead-letter-status">
            <option value="open">open</option>
            <option value="replayed">replayed</option>
            <option value="discarded">discarded</option>
          </select>
        </label>
        {status === 'open' && (
          <button className="button" type="button" disabled={chosen.size === 0} onClick={() => void replay([...chosen])} data-testid="replay-chosen">
            Replay {chosen.size || ''} chosen
          </button>
        )}
        <button className="button" type="button" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {note && (
        <p role="status" data-testid="dead-letter-note">
          {note}
        </p>
      )}
      {letters === null ? (
        <p className="muted">Loading…</p>
      ) : letters.length === 0 ? (
        <p className="muted" data-testid="no-dead-letters">
          No {status} dead letters.
        </p>
      ) : (
        <ul className="dead-letters">
          {letters.map((letter) => (
            <li key={letter.id} data-testid="dead-letter" data-agent={letter.agent}>
              {status === 'open' && (
                <input
                  type="checkbox"
                  aria-label={`Choose ${actionOf(letter)} for ${letter.agent}`}
                  checked={chosen.has(letter.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(letter.id);
                    else next.delete(letter.id);
                    setChosen(next);
                  }}
                />
              )}
              <strong>{letter.agent}</strong> · {actionOf(letter)} · {letter.attempts} attempts · {new Date(letter.createdAt).toLocaleTimeString()}
              <div className="error">{letter.reason}</div>
              <div className="dead-letter-actions">
                <button className="link-button" type="button" onClick={() => setOpen(open === letter.id ? null : letter.id)} aria-expanded={open === letter.id}>
                  Inspect
                </button>
                {correlationOf(letter) && <a href={`/ops/traces/${correlationOf(letter)}`}>Trace</a>}
                {status === 'open' && (
                  <>
                    <button className="link-button" type="button" onClick={() => void replay([letter.id])} data-testid="replay-one">
                      Replay
                    </button>
                    <button className="link-button" type="button" onClick={() => void discard(letter.id)}>
                      Discard
                    </button>
                  </>
                )}
              </div>
              {letter.actions.map((a, i) => (
                <div key={i} className="muted">
                  {a.action} by {a.actorName} at {new Date(a.at).toLocaleTimeString()}
                  {a.note && `: ${a.note}`}
                </div>
              ))}
              {open === letter.id && <pre data-testid="dead-letter-body">{JSON.stringify(letter.body, null, 2)}</pre>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
