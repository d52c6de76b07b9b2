import { getRuntime } from '@/lib/runtime/get-runtime';
import { currentSheet } from '@/lib/table/party-sheet';
import { requireIdentity } from '@/lib/auth/identity';
import { deleteCharacter, ownCharacter, sheetOf, summaryOf, updateCharacter } from '@/lib/characters/player-characters';
import { sheetView } from '@/lib/characters/sheet-view';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { characterBody } from './schema';

type Params = { params: Promise<{ id: string }> };

/** Signed in (401), a character by that id (404), the asker's own (403). */
async function characterRequest(request: Request, params: Params['params']) {
  const { userId } = await requireIdentity(request);
  const id = parseId((await params).id, 'character');
  const runtime = await getRuntime();
  return { runtime, db: runtime.db, userId, record: await ownCharacter(runtime.db, userId, id) };
}

/** The character's sheet (as it stands at its table, when it plays at one), and what it was built from. */
export async function GET(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { runtime, record } = await characterRequest(request, params);
    return Response.json({ character: summaryOf(record), sheet: await currentSheet(runtime, record), data: record.data });
  });
}

/** Rebuilds a character that plays at no table (409 once it does). */
export async function PUT(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { db, userId, record } = await characterRequest(request, params);
    const draft = await readJson(request, characterBody, 32 * 1024);
    const updated = await updateCharacter(db, userId, record.id, draft);
    return Response.json({ character: summaryOf(updated), sheet: sheetView(sheetOf(updated)) });
  });
}

export async function DELETE(request: Request, { params }: Params) {
  return respond(request, async () => {
    const { db, userId, record } = await characterRequest(request, params);
    await deleteCharacter(db, userId, record.id);
    return new Response(null, { status: 204 });
  });
}
