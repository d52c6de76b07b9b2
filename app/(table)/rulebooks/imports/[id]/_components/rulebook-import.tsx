'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { watchedEventSource } from '@/lib/realtime/watched-event-source';
import { importEnded } from '@/lib/rulebooks/imports/import-status';
import type { ImportView, StructureChoice } from '@/lib/rulebooks/imports/rulebook-imports';
import { ImportProgress } from './import-progress';
import { SectionPicker } from './section-picker';
import { useHydrated } from '@/app/_components/use-hydrated';

/** One import as it goes: progress live from the server, the choice of sections, and where it ended. */
export function RulebookImport({ initial }: { initial: ImportView }) {
  const [view, setView] = useState(initial);
  const [structure, setStructure] = useState<StructureChoice | null>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    // Each message is the whole import as it stands, so a feed opened again after stalling loses nothing.
    const close = watchedEventSource(() => `/api/rulebooks/imports/${initial.id}/events`, {
      onMessage: (data) => {
        const next = JSON.parse(data) as ImportView;
        setView(next);
        // The server ends the feed with the import; left open, EventSource would ask again every few seconds.
        if (importEnded(next.status)) close();
      },
    });
    return close;
  }, [initial.id]);

  useEffect(() => {
    if (view.status !== 'awaitingSelection' || structure) return;
    void fetch(`/api/rulebooks/imports/${view.id}/structure`)
      .then((r) => r.json())
      .then((body: StructureChoice) => setStructure(body));
  }, [view.status, view.id, structure]);

  async function choose(name: string, sectionIds: string[]) {
    const response = await fetch(`/api/rulebooks/imports/${view.id}/selection`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, sectionIds }),
    });
    // The live feed reports what follows; this answer may arrive after it and is older.
    if (!response.ok) throw new Error((await response.json()).error?.message ?? 'The choice was not taken');
  }

  return (
    <div className="rulebook-import" data-testid="rulebook-import" data-hydrated={hydrated ? 'true' : undefined}>
      <h1>{view.fileName}</h1>
      <ImportProgress view={view} />
      {view.status === 'awaitingSelection' && structure && <SectionPicker structure={structure} onChoose={choose} />}
      {view.status === 'done' && (
        <p className="import-done" data-testid="import-done">
          Imported. <Link href={`/rulebooks/${view.ruleSystemId}`}>See what was recognised</Link>, or <Link href="/">start a session</Link>: new
          sessions play by it.
        </p>
      )}
      {(view.status === 'failed' || view.status === 'cancelled') && (
        <p className="error" role="alert" data-testid="import-error">
          {view.error ?? 'The import was cancelled.'} Nothing was saved. <Link href="/rulebooks">Upload another</Link>
        </p>
      )}
    </div>
  );
}
