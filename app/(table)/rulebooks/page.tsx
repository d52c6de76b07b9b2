import Link from 'next/link';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { getConfig } from '@/lib/config';
import { ruleSystems } from '@/lib/rulebooks/rule-systems';
import { UploadForm } from './_components/upload-form';

export const dynamic = 'force-dynamic';

export default async function RulebooksPage() {
  const { db } = await getRuntime();
  const systems = await ruleSystems(db);
  return (
    <>
      <section className="hero">
        <h1>Rulebooks</h1>
        <p>
          Import a rulebook PDF and choose the chapters you play by. The DM looks rules up in it during play and
          cites the section and page; new sessions play by every rulebook imported here.
        </p>
        <UploadForm maxMegabytes={Math.round(getConfig().rulebookMaxBytes / (1024 * 1024))} />
      </section>
      <section className="campaigns" aria-label="Imported rulebooks" data-testid="rule-systems">
        {systems.length === 0 && <p className="muted">No rulebooks imported yet. The DM uses its built-in rules reference until you add one.</p>}
        {systems.map((system) => (
          <article key={system.id} className="campaign-card" data-testid="rule-system">
            <h2>
              <Link href={`/rulebooks/${system.id}`}>{system.name}</Link>
            </h2>
            <p>
              {system.sourceName} · {system.pageCount} pages · {system.chunkCount} passages
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
