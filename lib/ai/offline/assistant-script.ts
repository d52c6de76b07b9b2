import { draftQuestions, readDraft } from '@/lib/ai/prompts/assistant';
import { understandAnswer } from '@/lib/campaigns/draft-understanding';
import { completionStatus, type CampaignDraft } from '@/lib/campaigns/draft';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { pick } from './seeded';

const injection = /\b(ignore|disregard|forget)\b.{0,40}\b(instructions|rules|prompt)\b|^\s*(system|assistant)\s*:/i;

function visualWanted(draft: CampaignDraft): 'villain-portrait' | 'world-map' | null {
  if (draft.villain && !draft.visuals?.villainPortrait) return 'villain-portrait';
  if (draft.locations?.length && !draft.visuals?.worldMap) return 'world-map';
  return null;
}

function nextQuestion(draft: CampaignDraft): string {
  const { missing } = completionStatus(draft);
  const next = missing[0];
  return next ? draftQuestions[next] : 'The draft is complete. Look it over, change anything you like, and save it to start playing.';
}

/**
 * The offline Campaign Assistant: it reads each message field by field (a
 * sentence naming the villain fills the villain, whatever was asked; the
 * rest answers the question asked last), records it with update_draft, then
 * asks about the first part still missing.
 */
export function planAssistantReply(read: ReadPrompt, seed: number): ScriptedReply {
  const draft = readDraft(read.system) ?? {};
  const recorded = read.toolOutcomes.find((o) => o.toolName === 'update_draft');
  if (recorded) {
    if (!recorded.ok) return { text: `I could not use that: ${recorded.error}. ${nextQuestion(draft)}`, toolCalls: [] };
    const drawn = read.toolOutcomes.find((o) => o.toolName === 'request_visuals');
    const updated = ((drawn?.ok ? drawn.value.draft : recorded.value.draft) as CampaignDraft) ?? draft;
    // Once there is a villain, or places, the generator is asked to draw them (if it is at hand).
    const wanted = !drawn && read.offeredTools.includes('request_visuals') ? visualWanted(updated) : null;
    if (wanted) return { text: '', toolCalls: [{ toolName: 'request_visuals', input: { what: wanted } }] };
    const thanks = pick(['Noted.', 'Lovely.', 'Got it.', 'That works.'], seed, 11);
    const shown = drawn?.ok ? (drawn.value.what === 'world-map' ? ' I had the world map drawn.' : ' I had their portrait drawn.') : '';
    return { text: `${thanks}${shown} ${nextQuestion(updated)}`, toolCalls: [] };
  }
  const answer = read.lastUser.trim();
  if (!answer) return { text: `I didn't catch that. ${nextQuestion(draft)}`, toolCalls: [] };
  if (injection.test(answer)) {
    return { text: `I can only help you build your campaign, so I will leave that aside. ${nextQuestion(draft)}`, toolCalls: [] };
  }
  const field = completionStatus(draft).missing[0];
  if (!field) return { text: nextQuestion(draft), toolCalls: [] };
  const changes = understandAnswer(answer, field);
  if (!changes) return { text: `I need a number for that. ${draftQuestions[field]}`, toolCalls: [] };
  return { text: '', toolCalls: [{ toolName: 'update_draft', input: { changes } }] };
}
