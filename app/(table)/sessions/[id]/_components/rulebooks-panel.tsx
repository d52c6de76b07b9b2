'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { FormError } from '@/app/_components/form-error';
import type { LibraryBook } from '@/lib/table/table-rulebooks';
import { postJson } from './post-json';
import { RuleLookup } from './rule-lookup';

/**
 * The rulebooks the DM looks rules up in at this table. Everyone sees which;
 * the game master chooses among the shared library's books. `changes` counts
 * the choices logged so far, so a new one is fetched as it arrives.
 */
export function RulebooksPanel({ sessionId, gm, changes }: { sessionId: string; gm: boolean; changes: number }) {
  const [books, setBooks] = useState<LibraryBook[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/sessions/${sessionId}/rulebooks`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`The rulebooks could not be read (${r.status})`))))
      .then((body: { rulebooks: LibraryBook[] }) => {
        setBooks(body.rulebooks);
        setChosen(new Set(body.rulebooks.filter((b) => b.playing).map((b) => b.id)));
      })
      .catch((e: Error) => e.name !== 'AbortError' && setError(e.message));
    return () => controller.abort();
  }, [sessionId, changes]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaving(true);
    try {
      await postJson(`/api/sessions/${sessionId}/rulebooks`, { ruleSystemIds: [...chosen] }, 'PUT');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  if (books === null) return error ? <FormError message={error} /> : null;
  const playing = books.filter((b) => b.playing);
  const unchanged = playing.length === chosen.size && playing.every((b) => chosen.has(b.id));
  return (
    <section className="panel" aria-label="Rulebooks" data-testid="table-rulebooks">
      <h2>Rulebooks</h2>
      {!gm && (
        <p className="muted">
          {playing.length ? `The DM looks rules up in ${playing.map((b) => b.name).join(', ')}, then the built-in rules.` : 'The DM plays by the built-in rules.'}
        </p>
      )}
      {gm && books.length === 0 && (
        <p className="muted">
          The library holds no rulebooks yet. <a href="/rulebooks">Import one</a> and choose it here.
        </p>
      )}
      {gm && books.length > 0 && (
        <form onSubmit={save} aria-label="Choose the rulebooks this table plays by">
          <p className="muted">The DM looks rules up in the books ticked here, then the built-in rules.</p>
          <ul className="rulebook-choices">
            {books.map((b) => (
              <li key={b.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(b.id)}
                    onChange={(e) => setChosen((now) => {
                      const next = new Set(now);
                      if (e.target.checked) next.add(b.id);
                      else next.delete(b.id);
                      return next;
                    })}
                  />{' '}
                  {b.name} <span className="muted">· {b.pages} pages{b.yours ? ' · yours' : ''}</span>
                </label>
              </li>
            ))}
          </ul>
          <button className="button" type="submit" disabled={saving || unchanged} data-testid="save-rulebooks">
            {saving ? 'Saving…' : 'Play by these'}
          </button>
        </form>
      )}
      <FormError message={error} />
      <RuleLookup sessionId={sessionId} />
    </section>
  );
}
