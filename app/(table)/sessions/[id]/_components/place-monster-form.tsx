'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { MonsterSuggestion } from '@/lib/table/place-creatures';
import { postJson } from './post-json';

/** What the field shows for a suggestion: an imported monster carries its book, so two books' Goblins stay apart. */
const shown = (s: MonsterSuggestion) => (s.ruleSystemId ? `${s.name} (${s.book})` : s.name);

/** Monsters as the game master types, the SRD's and the table's rulebooks', fetched from the table's own route. */
function useSuggestions(sessionId: string, query: string): MonsterSuggestion[] {
  const [suggestions, setSuggestions] = useState<MonsterSuggestion[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    // A short pause so each keystroke does not ask again.
    const timer = setTimeout(() => {
      fetch(`/api/sessions/${sessionId}/creatures?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((body: { suggestions: MonsterSuggestion[] }) => setSuggestions(body.suggestions))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [sessionId, query]);
  return query.trim().length < 2 ? [] : suggestions;
}

/**
 * The game master places monsters by name, the SRD's or those of a rulebook
 * the table plays by, with their whole stat blocks; the log records who
 * placed what from which book.
 */
export function PlaceMonsterForm({ sessionId }: { sessionId: string }) {
  const [monster, setMonster] = useState('');
  const [count, setCount] = useState('1');
  const [hostile, setHostile] = useState(true);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const suggestions = useSuggestions(sessionId, monster);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    // A chosen suggestion from an imported book names that book; anything else typed is looked up by name.
    const chosen = suggestions.find((s) => s.ruleSystemId && shown(s) === monster.trim());
    const named = chosen ? { monster: chosen.name, ruleSystemId: chosen.ruleSystemId } : { monster };
    try {
      await postJson(`/api/sessions/${sessionId}/creatures`, { ...named, count: Number(count), hostile });
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
        list="place-monster-names"
        value={monster}
        onChange={(e) => setMonster(e.target.value)}
        aria-label="Monster"
        placeholder="Monster, e.g. Goblin"
        data-testid="place-monster"
      />
      <datalist id="place-monster-names">
        {suggestions.map((s) => (
          <option key={`${s.ruleSystemId ?? 'srd'}:${s.name}`} value={shown(s)} label={s.book} />
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
