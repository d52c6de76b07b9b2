import type { CampaignPageData } from '@/lib/campaigns/campaign-page';
import { day } from './campaign-sessions';

/**
 * Every run of the campaign the person sat at, when there is more than one:
 * each group's run remembers for itself, so the page shows one at a time.
 */
export function CampaignRuns({ campaignId, runs }: { campaignId: string; runs: CampaignPageData['runs'] }) {
  if (runs.length < 2) return null;
  return (
    <nav className="panel campaign-runs" aria-label="Your runs of this campaign" data-testid="campaign-runs">
      <h2>Your runs of this campaign</h2>
      <ol className="session-list">
        {runs.map((run) => (
          <li key={run.chronicleId} data-testid={`campaign-run-${run.number}`}>
            {run.shown ? (
              <strong aria-current="page">Run {run.number}</strong>
            ) : (
              <a href={`/campaigns/${encodeURIComponent(campaignId)}?run=${run.chronicleId}`}>Run {run.number}</a>
            )}{' '}
            · begun {day(run.startedAt)} · {run.sessions} {run.sessions === 1 ? 'session' : 'sessions'} at your seat
            {run.gm && <span className="tag">game master</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
