import { requireIdentity } from '@/lib/auth/identity';
import { readQuestion } from '@/lib/http/question-query';
import { rateLimit } from '@/lib/http/rate-limit';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { askRulebook } from '@/lib/rulebooks/ask-rulebook';
import { getRuntime } from '@/lib/runtime/get-runtime';

/** The sections of one rulebook the DM would cite for a question (`q`), best first: anyone signed in may read a rulebook. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const id = parseId((await params).id, 'rule system');
    const question = readQuestion(request);
    // With a hosted model each question is a paid embedding call, and a call naming the book's terms.
    await rateLimit('questions', identity.userId);
    const { db, embedder, questionModel } = await getRuntime();
    return Response.json({ answers: await askRulebook({ db, embedder, questionModel }, { ruleSystemId: id, question }) });
  });
}
