import { requireIdentity } from '@/lib/auth/identity';
import { previewCharacter } from '@/lib/characters/player-characters';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { characterBody } from './schema';

/** The sheet a draft makes so far, what the rules refuse in it, and what is still to choose; nothing is kept. */
export async function POST(request: Request) {
  return respond(request, async () => {
    await requireIdentity(request);
    const draft = await readJson(request, characterBody, 32 * 1024);
    return Response.json(previewCharacter(draft));
  });
}
