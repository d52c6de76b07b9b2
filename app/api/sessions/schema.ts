import { z } from 'zod';

export const createSessionBody = z.object({
  campaignId: z.string().trim().min(1, 'Choose a campaign').max(100),
});
