import 'server-only';
import type { UIMessage } from 'ai';
import { draftQuestions } from '@/lib/ai/prompts/assistant';
import { createDraft, getDraftById, saveDraft, type DraftRecord } from '@/lib/db/queries/campaign-drafts';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { CampaignDraft } from './draft';
import { draftFromPremise } from './premise-draft';

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

/** A draft with its conversation and, once saved, its campaign; null when there is none by that id. */
export function findDraft(db: Database, id: string): Promise<DraftRecord | null> {
  return getDraftById(db, { id });
}

/** Replaces the draft as its writer edited it by hand; the conversation stays as it was. */
export function editDraft(db: Database, input: { id: string; draft: CampaignDraft }): Promise<void> {
  return saveDraft(db, input);
}

/**
 * Drafts the whole campaign from one sentence; what the game master has
 * already decided (an answer, an edit, a picture) is kept over what the
 * premise's tables would choose.
 */
export async function draftPremise(db: Database, input: { id: string; current: CampaignDraft; campaignId: string | null; premise: string }): Promise<CampaignDraft> {
  if (input.campaignId) throw new AppError('conflict', 'This draft is already a campaign; open a new draft to start another');
  const decided = Object.fromEntries(Object.entries(input.current).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  const draft: CampaignDraft = { ...draftFromPremise(input.premise), ...decided };
  await saveDraft(db, { id: input.id, draft });
  return draft;
}
