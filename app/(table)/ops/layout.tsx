import type { ReactNode } from 'react';
import { SignIn } from '@/app/_components/sign-in';
import { getRuntime } from '@/lib/agents/get-runtime';
import { requireOperator } from '@/lib/auth/operator';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** The ops pages, for operators and game masters only. */
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
  try {
    await requireOperator((await getRuntime()).db, identity);
  } catch (error) {
    if (!AppError.is(error)) throw error;
    return (
      <section className="hero" data-testid="ops-refused">
        <h1>Ops</h1>
        <p>{error.message}.</p>
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
      {children}
    </div>
  );
}
