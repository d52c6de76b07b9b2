import { SignIn } from '@/app/_components/sign-in';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { requireTableTraces } from '@/lib/auth/trace-access';
import { AppError } from '@/lib/errors';
import { parseSessionId } from '@/lib/http/session-id';
import { TraceView } from '../../../_components/trace-view';

export const dynamic = 'force-dynamic';

/** One turn's messages between the agents: for the table's game master, and the install's operators. */
export default async function TurnTracePage({ params }: { params: Promise<{ sessionId: string; turnId: string }> }) {
  const { sessionId: raw, turnId } = await params;
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero">
        <h1>A turn, as the agents told it</h1>
        <SignIn prompt="Sign in to see this turn" />
      </section>
    );
  }
  try {
    await requireTableTraces((await getRuntime()).db, identity, parseSessionId(raw));
  } catch (error) {
    if (!AppError.is(error)) throw error;
    return (
      <section className="hero" data-testid="ops-refused">
        <h1>A turn, as the agents told it</h1>
        <p>{error.message}.</p>
      </section>
    );
  }
  const sessionId = parseSessionId(raw);
  return (
    <div className="ops">
      <h1>A turn, as the agents told it</h1>
      <p className="muted">
        Session <a href={`/sessions/${sessionId}`}>{sessionId.slice(0, 8)}</a> · every message from the DM&apos;s request to the next person&apos;s
        turn
      </p>
      <TraceView source={`/api/ops/turns/${encodeURIComponent(sessionId)}/${encodeURIComponent(decodeURIComponent(turnId))}`} />
    </div>
  );
}
