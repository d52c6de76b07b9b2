import { notFound } from 'next/navigation';
import { SignIn } from '@/app/_components/sign-in';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { RulebookImport } from './_components/rulebook-import';

export const dynamic = 'force-dynamic';

/** An import under way, for the person who started it. */
export default async function RulebookImportPage({ params }: { params: Promise<{ id: string }> }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero">
        <h1>Rulebook import</h1>
        <SignIn prompt="Sign in to follow this import" />
      </section>
    );
  }
  try {
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    imports.authorise(id, identity.userId);
    return <RulebookImport initial={imports.view(id)} />;
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    if (AppError.is(error) && error.code === 'forbidden') {
      return (
        <section className="hero" data-testid="import-refused">
          <h1>Rulebook import</h1>
          <p>{error.message}.</p>
        </section>
      );
    }
    throw error;
  }
}
