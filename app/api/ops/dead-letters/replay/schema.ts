import { z } from 'zod';

export const replayBody = z.object({ ids: z.array(z.uuid('dead letter ids are UUIDs')).min(1, 'Choose at least one dead letter').max(100) });
