import { notFound } from 'next/navigation';
import { PostAndGoButton } from '@/app/_components/post-and-go-button';
import { SignIn } from '@/app/_components/sign-in';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { campaignPage } from '@/lib/campaigns/campaign-page';
import { AppError } from '@/lib/errors';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { CampaignJournal } from './_components/campaign-journal';
import { CampaignRuns } from './_components/campaign-runs';
import { CampaignSessions } from './_components/campaign-sessions';
import { FactItem } from './_components/fact-item';
import './_components/campaign.css';

export const dynamic = 'force-dynamic';

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ run?: string | string[] }> }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Whose campaign is this?</h1>
        <SignIn prompt="Choose a name to see the campaigns you play" />
      </section>
    );
  }
  const campaignId = decodeURIComponent((await params).id);
  const asked = (await searchParams).run;
  const run = typeof asked === 'string' ? asked : undefined;
  let page;
  try {
    page = await campaignPage(await getRuntime(), { identity, campaignId, run });
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    if (AppError.is(error) && error.code === 'forbidden' && run !== undefined) {
      return (
        <section className="hero" data-testid="not-your-run">
          <h1>That run is not one of yours</h1>
          <p>
            You did not sit at that run of this campaign. <a href={`/campaigns/${encodeURIComponent(campaignId)}`}>See the run you played last</a>.
          </p>
        </section>
      );
    }
    if (AppError.is(error) && error.code === 'forbidden') {
      return (
        <section className="hero" data-testid="not-a-member">
          <h1>This campaign is not yours yet</h1>
          <p>You have not played any of its sessions. Ask its game master for an invite link.</p>
        </section>
      );
    }
    throw error;
  }
  const { campaign, gm, latest, party, quests, facts } = page;
  return (
    <div className="campaign-page" data-testid="campaign-page">
      <header className="campaign-head">
        <h1>{campaign.title}</h1>
        <p className="muted">{campaign.summary}</p>
        {latest && !latest.endedAt && (
          <p>
            <a className="button" href={`/sessions/${latest.id}`} data-testid="back-to-table">
              Back to the table
            </a>
          </p>
        )}
        {latest?.continuable && (
          <PostAndGoButton
            endpoint={`/api/sessions/${latest.id}/continue`}
            label="Continue the campaign"
            busyLabel="Opening the next session…"
            testId="continue-campaign"
            failure="The next session could not be opened"
          />
        )}
      </header>
      <div className="campaign-columns">
        <div>
          <section className="panel" aria-label="Quest log" data-testid="quest-log">
            <h2>Quest log</h2>
            {quests.length === 0 && <p className="muted">No quests yet. They appear here as the story gives them.</p>}
            <ul className="fact-list">
              {quests.map((q) => (
                <FactItem key={q.id} fact={q} campaignId={campaign.id} gm={gm} status={q.detail.status ?? 'open'} />
              ))}
            </ul>
          </section>
          <CampaignJournal journal={page.journal} />
          <section className="panel" aria-label="People, places and clues" data-testid="facts">
            <h2>People, places and clues</h2>
            {facts.length === 0 && <p className="muted">Nothing noted yet. The people you meet, the places you reach and the clues you find appear here.</p>}
            <ul className="fact-list">
              {facts.map((f) => (
                <FactItem key={f.id} fact={f} campaignId={campaign.id} gm={gm} />
              ))}
            </ul>
          </section>
        </div>
        <aside>
          <section className="panel" aria-label="Party" data-testid="campaign-party">
            <h2>The party</h2>
            {party.length === 0 && <p className="muted">No one has played this campaign yet.</p>}
            {party.map((c) => (
              <div key={c.id} className="member" data-testid={`campaign-member-${c.id}`}>
                <div className="member-name">
                  <span>{c.name}</span>
                  <span>
                    HP {c.hp}/{c.maxHp}
                  </span>
                </div>
                <div className="member-meta">
                  {c.ancestry} {c.className} {c.level}
                </div>
              </div>
            ))}
          </section>
          <CampaignRuns campaignId={campaign.id} runs={page.runs} />
          <CampaignSessions sessions={page.sessions} />
        </aside>
      </div>
    </div>
  );
}
