import { notFound } from 'next/navigation';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { loadTable } from '@/lib/table/load-table';
import { SignIn } from '@/app/_components/sign-in';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { parseSessionId } from '@/lib/http/session-id';
import { tableMember } from '@/lib/table/members';
import { sessionPlace } from '@/lib/campaigns/session-place';
import { EndSessionButton } from './_components/end-session-button';
import { TableView } from './_components/table-view';

export const dynamic = 'force-dynamic';

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Who is joining?</h1>
        <SignIn prompt="Choose a name to sit at this table" />
      </section>
    );
  }
  try {
    const sessionId = parseSessionId((await params).id);
    const runtime = await getRuntime();
    const [table, member, people, place] = await Promise.all([
      loadTable(runtime, sessionId),
      tableMember(runtime.db, { sessionId, userId: identity.userId }),
      runtime.seats.presence(sessionId),
      sessionPlace(runtime.db, sessionId),
    ]);
    if (!member) {
      return (
        <section className="hero" data-testid="not-a-member">
          <h1>This table is not yours yet</h1>
          <p>You are not at this table. Ask its game master for an invite link.</p>
        </section>
      );
    }
    const { realtime, maxActionLength } = getConfig();
    // Only what a browser may know: the public URL and anon key, never the service role key.
    const feed = realtime.kind === 'supabase' ? { kind: 'supabase' as const, url: realtime.url, anonKey: realtime.anonKey } : { kind: 'sse' as const };
    return (
      <>
        {place && (
          <nav className="session-bar" aria-label="Campaign" data-testid="session-bar">
            <a href={`/campaigns/${encodeURIComponent(place.campaignId)}`} data-testid="campaign-link">
              {place.campaignTitle}: quests, journal and sessions
            </a>
            {place.endedAt ? (
              <span data-testid="session-ended">
                <span className="tag">ended</span> This session has ended; continue the campaign from its page.
              </span>
            ) : (
              member.role === 'gm' && <EndSessionButton sessionId={sessionId} />
            )}
          </nav>
        )}
        <TableView initial={{ ...table, people }} me={member} maxActionLength={maxActionLength} feed={feed} ended={Boolean(place?.endedAt)} />
      </>
    );
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
