import type { CampaignPageData } from '@/lib/campaigns/campaign-page';

/** What happened, newest session first: the session's own summary, then its scenes and fights. */
export function CampaignJournal({ journal }: { journal: CampaignPageData['journal'] }) {
  return (
    <section className="panel" aria-label="Journal" data-testid="journal">
      <h2>Journal</h2>
      {journal.length === 0 && <p className="muted">The journal is empty. It fills in as scenes end and when a session is ended.</p>}
      {journal.map(({ session, summaries }) => (
        <article key={session.id} className="journal-session" data-testid={`journal-session-${session.number}`}>
          <h3>Session {session.number}</h3>
          {summaries.map((s) => (
            <div key={s.id} className="journal-entry" data-tier={s.tier}>
              <strong>{s.tier === 'session' ? 'The session' : s.title}</strong>
              <p>{s.text}</p>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
