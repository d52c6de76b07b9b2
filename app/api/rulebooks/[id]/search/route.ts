import { AppError } from '@/lib/errors';
import { requireIdentity } from '@/lib/auth/identity';
import { rateLimit } from '@/lib/http/rate-limit';
import { respond } from '@/lib/http/respond';
import { cleanText } from '@/lib/http/text-guard';
import { parseId } from '@/lib/http/session-id';
import { askRulebook } from '@/lib/rulebooks/ask-rulebook';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { askQuery } from './schema';

/** The sections of one rulebook the DM would cite for a question (`q`), best first: anyone signed in may read a rulebook. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    const q = new URL(request.url).searchParams.get('q');
    const parsed = askQuery.safeParse({ q: q === null ? undefined : cleanText(q, 'q') });
    if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0]?.message ?? 'Ask a question (q)');
    // With a hosted model each question is a paid embedding call.
    await rateLimit('questions', identity.userId);
    const { db, embedder } = await getRuntime();
    return Response.json({ answers: await askRulebook({ db, embedder }, { ruleSystemId: id, question: parsed.data.q }) });
  });
}
