import type { ReactNode } from 'react';
import { SignIn } from '@/app/_components/sign-in';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireOperator, type OperatorGrant } from '@/lib/auth/operator';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

function GrantNote({ grant, userId }: { grant: OperatorGrant; userId: string }) {
  if (grant !== 'first-sign-in') return null;
  return (
    <p className="muted" data-testid="ops-first-operator">
      You operate this install because you were the first to sign in on it. To let others in, list their user ids in{' '}
      <code>OPERATOR_IDS</code> (comma-separated) and restart; each person sees their id here when they are refused. Yours is{' '}
      <code>{userId}</code>.
    </p>
  );
}

/** The ops pages, for the install's operators only. */
export default async function OpsLayout({ children }: { children: ReactNode }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero">
        <h1>Ops</h1>
        <SignIn prompt="Sign in to see inside the agents" />
      </section>
    );
  }
  let grant: OperatorGrant;
  try {
    grant = await requireOperator((await getRuntime()).db, identity);
  } catch (error) {
    if (!AppError.is(error)) throw error;
    return (
      <section className="hero" data-testid="ops-refused">
        <h1>Ops</h1>
        <p>{error.message}.</p>
        <p className="muted">A game master sees the agents&apos; messages of their own tables&apos; turns from the play screen: Why? → &quot;The agents&apos; messages for this turn&quot;.</p>
      </section>
    );
  }
  return (
    <div className="ops">
      <nav className="ops-nav" aria-label="Ops">
        <a href="/ops">Sessions and agents</a>
        <a href="/ops/traces">Traces</a>
        <a href="/ops/metrics">Metrics</a>
        <a href="/ops/dead-letters">Dead letters</a>
      </nav>
      <GrantNote grant={grant} userId={identity.userId} />
      {children}
    </div>
  );
}
