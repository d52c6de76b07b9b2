import { readQuestion } from '@/lib/http/question-query';
import { rateLimit } from '@/lib/http/rate-limit';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';
import { lookUpTableRule } from '@/lib/table/table-rule-lookup';

/** A rule looked up as the DM would look it up at this table (`q`): the table's rulebooks, then the built-in rules. For anyone at the table. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    const question = readQuestion(request);
    await rateLimit('questions', identity.userId);
    const deps = { db: runtime.db, embedder: runtime.embedder, questionModel: runtime.questionModel };
    return Response.json({ rules: await lookUpTableRule(deps, { sessionId, question }) });
  });
}
