import type { UIMessage } from 'ai';
import { draftQuestions } from '@/lib/ai/prompts/assistant';
import { createDraft } from '@/lib/db/queries/campaign-drafts';
import type { Database } from '@/lib/db/types';

/** Opens a new draft with the assistant's greeting and first question already said. */
export async function openDraft(db: Database, createdBy: string): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  const greeting: UIMessage = {
    id: crypto.randomUUID(),
    role: 'assistant',
    parts: [{ type: 'text', text: `Let's build a campaign together. ${draftQuestions.tone}` }],
  };
  await createDraft(db, { id, messages: [greeting], createdBy });
  return { id };
}
