import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireIdentity } from '@/lib/auth/identity';
import { createCharacter, listCharacters, summaryOf } from '@/lib/characters/player-characters';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { characterBody } from './schema';

/** The characters this person has built. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const { db } = await getRuntime();
    return Response.json({ characters: await listCharacters(db, userId) });
  });
}

/** Builds a character: the rules check every choice, and a 400 names each problem or choice still to make. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const draft = await readJson(request, characterBody, 32 * 1024);
    const { db } = await getRuntime();
    const record = await createCharacter(db, userId, draft);
    return Response.json({ character: summaryOf(record), url: `/characters/${record.id}` }, { status: 201 });
  });
}
