import { assign, fromPromise, setup } from 'xstate';
import type { CampaignDraft } from '@/lib/campaigns/draft';

/** readyToGenerate is the draft's completionStatus, judged by whoever holds the draft. */
export type CampaignCreationInput = { draft: CampaignDraft; readyToGenerate: boolean; campaignId: string | null };
export type CampaignCreationEvent =
  | { type: 'draft.updated'; draft: CampaignDraft; readyToGenerate: boolean }
  | { type: 'campaign.save' };

type Context = CampaignCreationInput & { error: string | null };

/**
 * Campaign creation: the draft fills in over the conversation; once it is
 * complete it can be saved, once, as a playable campaign.
 */
export const campaignCreationMachine = setup({
  types: { input: {} as CampaignCreationInput, context: {} as Context, events: {} as CampaignCreationEvent },
  actors: {
    saveCampaign: fromPromise<{ campaignId: string }, { draft: CampaignDraft }>(async () => {
      throw new Error('The campaign creation machine needs a saveCampaign actor');
    }),
  },
  guards: {
    alreadySaved: ({ context }) => context.campaignId !== null,
    readyToGenerate: ({ context }) => context.readyToGenerate,
  },
}).createMachine({
  id: 'campaignCreation',
  context: ({ input }) => ({ ...input, error: null }),
  initial: 'checking',
  states: {
    checking: {
      always: [{ guard: 'alreadySaved', target: 'saved' }, { guard: 'readyToGenerate', target: 'ready' }, { target: 'drafting' }],
    },
    drafting: {
      on: { 'draft.updated': { target: 'checking', actions: assign({ draft: ({ event }) => event.draft, readyToGenerate: ({ event }) => event.readyToGenerate }) } },
    },
    ready: {
      on: {
        'draft.updated': { target: 'checking', actions: assign({ draft: ({ event }) => event.draft, readyToGenerate: ({ event }) => event.readyToGenerate }) },
        'campaign.save': 'saving',
      },
    },
    saving: {
      invoke: {
        src: 'saveCampaign',
        input: ({ context }) => ({ draft: context.draft }),
        onDone: { target: 'saved', actions: assign({ campaignId: ({ event }) => event.output.campaignId, error: null }) },
        onError: { target: 'ready', actions: assign({ error: ({ event }) => String((event.error as Error)?.message ?? event.error) }) },
      },
    },
    saved: { type: 'final' },
  },
});
