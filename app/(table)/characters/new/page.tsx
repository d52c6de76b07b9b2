import { SignIn } from '@/app/_components/sign-in';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { builderOptions } from '@/lib/characters/builder-options';
import { CharacterBuilder } from '../_components/builder/character-builder';
import '../_components/characters.css';

export const dynamic = 'force-dynamic';

export default async function NewCharacterPage({ searchParams }: { searchParams: Promise<{ then?: string }> }) {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Build a character</h1>
        <SignIn prompt="First, what should the table call you?" />
      </section>
    );
  }
  // Only an invitation of this app may be where the builder returns to.
  const then = (await searchParams).then;
  const back = then && /^\/join\/[A-Za-z0-9_-]{20,100}$/.test(then) ? then : null;
  return (
    <section className="characters">
      <h1>Build a character</h1>
      <p className="muted">A level 1 hero of the SRD 5.1, yours to bring to any table you are invited to.</p>
      <CharacterBuilder options={builderOptions()} then={back} />
    </section>
  );
}
