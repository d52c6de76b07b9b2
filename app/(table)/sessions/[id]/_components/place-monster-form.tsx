'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { postJson } from './post-json';

/** Names SRD monsters as the game master types, fetched from the table's own route. */
function useSuggestions(sessionId: string, query: string): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    // A short pause so each keystroke does not ask again.
    const timer = setTimeout(() => {
      fetch(`/api/sessions/${sessionId}/creatures?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { names: [] }))
        .then((body: { names: string[] }) => setNames(body.names))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [sessionId, query]);
  return query.trim().length < 2 ? [] : names;
}

/** The game master places SRD monsters by name, with their whole stat blocks; the log records who placed what. */
export function PlaceMonsterForm({ sessionId }: { sessionId: string }) {
  const [monster, setMonster] = useState('');
  const [count, setCount] = useState('1');
  const [hostile, setHostile] = useState(true);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const suggestions = useSuggestions(sessionId, monster);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    try {
      await postJson(`/api/sessions/${sessionId}/creatures`, { monster, count: Number(count), hostile });
      setNote({ error: false, text: 'Placed; the log says so.' });
      setMonster('');
    } catch (e) {
      setNote({ error: true, text: (e as Error).message });
    }
  }

  return (
    <form className="gm-edit" onSubmit={submit} aria-label="Place monsters">
      <input
        required
        list="srd-monsters"
        value={monster}
        onChange={(e) => setMonster(e.target.value)}
        aria-label="Monster"
        placeholder="SRD monster, e.g. Goblin"
        data-testid="place-monster"
      />
      <datalist id="srd-monsters">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <input type="number" min={1} max={8} required value={count} onChange={(e) => setCount(e.target.value)} aria-label="How many" data-testid="place-count" />
      <label>
        <input type="checkbox" checked={hostile} onChange={(e) => setHostile(e.target.checked)} data-testid="place-hostile" /> Hostile
      </label>
      <button className="button" type="submit" data-testid="place-submit">
        Place
      </button>
      {note && (
        <p className={note.error ? 'error' : 'muted'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </form>
  );
}
