import { requireIdentity } from '@/lib/auth/identity';
import { rollAbilityScores } from '@/lib/characters/ability-rolls';
import { respond } from '@/lib/http/respond';

/** Rolls six ability scores (4d6, the lowest dropped) on the server; the token lets a character be built from exactly these. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    return Response.json(await rollAbilityScores(userId), { status: 201 });
  });
}
