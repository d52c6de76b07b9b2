import { SignIn } from '@/app/_components/sign-in';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { builderOptions } from '@/lib/characters/builder-options';
import { CharacterBuilder } from '../_components/builder/character-builder';
import '../_components/characters.css';

export const dynamic = 'force-dynamic';

export default async function NewCharacterPage() {
  const identity = await readPageIdentity();
  if (!identity) {
    return (
      <section className="hero" data-testid="signed-out">
        <h1>Build a character</h1>
        <SignIn prompt="First, what should the table call you?" />
      </section>
    );
  }
  return (
    <section className="characters">
      <h1>Build a character</h1>
      <p className="muted">A level 1 hero of the SRD 5.1, yours to bring to any table you are invited to.</p>
      <CharacterBuilder options={builderOptions()} />
    </section>
  );
}
