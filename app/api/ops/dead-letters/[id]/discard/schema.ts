import { z } from 'zod';

export const discardBody = z.object({ reason: z.string({ error: 'Say why it is discarded' }).trim().min(3, 'Say why it is discarded').max(500) });
