import { z } from 'zod';

export const selectionBody = z.object({
  name: z.string().trim().min(1, 'Give the rule system a name').max(120),
  sectionIds: z.array(z.string().min(1).max(200)).min(1, 'Choose at least one section').max(5_000),
});
