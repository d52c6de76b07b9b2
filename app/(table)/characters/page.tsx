import { SignIn } from '@/app/_components/sign-in';
import { Portrait } from '@/app/_components/sheet/portrait';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { listCharacters } from '@/lib/characters/player-characters';
import './_components/characters.css';

export const dynamic = 'force-dynamic';

export default async function CharactersPage() {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Your characters</h1>
        <SignIn prompt="First, what should the table call you?" />
      </section>
    );
  }
  const { db } = await getRuntime();
  const characters = await listCharacters(db, identity.userId);
  return (
    <section className="characters">
      <h1>Your characters</h1>
      <p>
        <a className="button" href="/characters/new" data-testid="build-character">
          Build a character
        </a>
      </p>
      {characters.length === 0 && <p className="muted" data-testid="no-characters">You have not built a character yet. Build one, then bring it to a table from an invitation.</p>}
      <ul className="character-cards">
        {characters.map((c) => (
          <li key={c.id} className="character-card" data-testid={`character-${c.id}`}>
            <Portrait assetId={c.portraitAssetId} name={c.name} size={64} />
            <div>
              <a href={`/characters/${c.id}`}>
                <strong>{c.name}</strong>
              </a>
              <div className="muted">
                {c.ancestry} {c.className} {c.level}
                {c.sessionId && (
                  <>
                    {' '}
                    · at <a href={`/sessions/${c.sessionId}`}>a table</a>
                  </>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
