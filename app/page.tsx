import { getRuntime } from '@/lib/runtime/get-runtime';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { playedCampaigns } from '@/lib/campaigns/campaign-access';
import { campaignCatalogue } from '@/lib/campaigns/catalogue';
import { listCharacters } from '@/lib/characters/player-characters';
import { CreateCampaignButton } from './_components/create-campaign-button';
import { SignIn } from './_components/sign-in';
import { StartSessionButton } from './_components/start-session-button';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { db } = await getRuntime();
  const [campaigns, identity] = await Promise.all([campaignCatalogue(db), readPageIdentity()]);
  const [mine, played] = identity ? await Promise.all([listCharacters(db, identity.userId), playedCampaigns(db, identity)]) : [[], new Set<string>()];
  return (
    <>
      <section className="hero">
        <h1>Pull up a chair.</h1>
        <p>
          An AI Dungeon Master runs the game, AI companions fill the empty seats, and the dice are real. Pick a
          campaign and start playing, write your own with the Campaign Assistant, or build a character of your own.
        </p>
        {identity ? <CreateCampaignButton /> : <SignIn prompt="First, what should the table call you?" />}
        {identity && (
          <p>
            <a href="/characters/new" data-testid="home-build-character">
              Build a character
            </a>{' '}
            to bring to tables you are invited to, or <a href="/characters">see yours</a>.
          </p>
        )}
        {identity && <SignIn current={identity.name} prompt={`Playing as ${identity.name}`} />}
      </section>
      <section className="campaigns" aria-label="Campaigns">
        {campaigns.length === 0 && <p className="muted">No campaigns yet.</p>}
        {campaigns.map((campaign) => (
          <article key={campaign.id} className="campaign-card" data-testid={`campaign-${campaign.id}`}>
            <h2>{campaign.title}</h2>
            <p>{campaign.summary}</p>
            <p className="muted">{campaign.characterCount} characters: you run the table and play one; invite friends or leave the rest to AI players.</p>
            {played.has(campaign.id) && (
              <p>
                <a href={`/campaigns/${encodeURIComponent(campaign.id)}`} data-testid={`campaign-page-${campaign.id}`}>
                  Your sessions, quests and journal
                </a>
              </p>
            )}
            {identity && <StartSessionButton campaignId={campaign.id} mine={mine} />}
          </article>
        ))}
      </section>
    </>
  );
}
