import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A campaign as the Campaign Assistant and the GM build it, one answer at a time. Every part is optional until the end. */
export const campaignDraftSchema = z.object({
  title: text(120).optional(),
  tone: text(200).optional(),
  setting: text(600).optional(),
  villain: z.object({ name: text(80), description: text(600) }).optional(),
  factions: z.array(z.object({ name: text(80), goal: text(300) })).max(8).optional(),
  locations: z.array(z.object({ title: text(120), description: text(600) })).max(12).optional(),
  npcs: z.array(z.object({ name: text(80), role: text(200) })).max(12).optional(),
  hooks: z.array(text(300)).max(8).optional(),
  startingLevel: z.number().int().min(1).max(20).optional(),
  partySize: z.number().int().min(1).max(8).optional(),
  /** Pictures the generator drew for the draft (asset ids). */
  visuals: z.object({ villainPortrait: z.uuid().optional(), worldMap: z.uuid().optional() }).optional(),
});

export type CampaignDraft = z.infer<typeof campaignDraftSchema>;

/** The questions, in the order the assistant asks them. */
export const draftFields = ['tone', 'setting', 'villain', 'factions', 'locations', 'npcs', 'hooks', 'startingLevel', 'partySize', 'title'] as const;
export type DraftField = (typeof draftFields)[number];

/** Each part of a draft as people call it. */
export const draftFieldLabels: Record<DraftField, string> = {
  tone: 'the tone',
  setting: 'the setting',
  villain: 'the villain',
  factions: 'the factions',
  locations: 'the places',
  npcs: 'the people',
  hooks: 'the hooks',
  startingLevel: 'the starting level',
  partySize: "the party's size",
  title: 'the title',
};

/** What is still missing, and whether the draft can become a campaign. */
export function completionStatus(draft: CampaignDraft): { missing: DraftField[]; readyToGenerate: boolean } {
  const missing = draftFields.filter((field) => {
    const value = draft[field];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
  return { missing, readyToGenerate: missing.length === 0 };
}
