import { notFound } from 'next/navigation';
import { SignIn } from '@/app/_components/sign-in';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireInvite, seatChoices } from '@/lib/table/join-table';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { listCharacters } from '@/lib/characters/player-characters';
import { AppError } from '@/lib/errors';
import { JoinForm } from './_components/join-form';

export const dynamic = 'force-dynamic';

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const runtime = await getRuntime();
  let invite;
  try {
    invite = await requireInvite(runtime, token);
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
  const identity = await readPageIdentity();
  const [characters, mine] = await Promise.all([seatChoices(runtime, invite.sessionId), identity ? listCharacters(runtime.db, identity.userId) : []]);
  return (
    <section className="hero" data-testid="join">
      <h1>You are invited to a table</h1>
      {identity ? (
        <JoinForm token={token} characters={characters} mine={mine} name={identity.name} />
      ) : (
        <SignIn prompt="First, what should the table call you?" />
      )}
    </section>
  );
}
