import { notFound } from 'next/navigation';
import { SignIn } from '@/app/_components/sign-in';
import { CharacterSheet } from '@/app/_components/sheet/character-sheet';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { currentSheet } from '@/lib/table/party-sheet';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { ownCharacter } from '@/lib/characters/player-characters';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import '../_components/characters.css';

export const dynamic = 'force-dynamic';

export default async function CharacterPage({ params }: { params: Promise<{ id: string }> }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Whose character is this?</h1>
        <SignIn prompt="Sign in to see your characters" />
      </section>
    );
  }
  try {
    const runtime = await getRuntime();
    const record = await ownCharacter(runtime.db, identity.userId, parseId((await params).id, 'character'));
    // A character at a table is shown as it stands there: play changes it, the builder no longer does.
    const sheet = await currentSheet(runtime, record);
    return (
      <section className="characters">
        {record.sessionId && (
          <p className="notice" data-testid="at-table">
            {record.name} plays at <a href={`/sessions/${record.sessionId}`}>a table</a>; this is the sheet as it stands there.
          </p>
        )}
        <CharacterSheet sheet={sheet} portraitAssetId={record.portraitAssetId} />
        <p>
          <a href="/characters">All your characters</a>
        </p>
      </section>
    );
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    if (AppError.is(error) && error.code === 'forbidden') {
      return (
        <section className="hero" data-testid="not-yours">
          <h1>This character is someone else&apos;s</h1>
          <p>Only the person who built a character sees its sheet here.</p>
        </section>
      );
    }
    throw error;
  }
}
