import type { CampaignSessionRow } from '@/lib/campaigns/campaign-page';

/** A date as people write it; the server's locale, so the page reads the same wherever it is rendered. */
export function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The campaign's sessions in the order they were played, each a link to its table. */
export function CampaignSessions({ sessions }: { sessions: CampaignSessionRow[] }) {
  return (
    <section className="panel" aria-label="Sessions" data-testid="campaign-sessions">
      <h2>Sessions</h2>
      {sessions.length === 0 && <p className="muted">No sessions yet.</p>}
      <ol className="session-list">
        {sessions.map((s) => (
          <li key={s.id} data-testid={`campaign-session-${s.number}`} data-ended={s.endedAt ? 'true' : 'false'}>
            <a href={`/sessions/${s.id}`}>Session {s.number}</a> · {day(s.startedAt)} ·{' '}
            <span className="tag">{s.endedAt ? 'ended' : 'in play'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
