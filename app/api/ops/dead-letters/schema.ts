import { z } from 'zod';

export const statusQuery = z.enum(['open', 'replayed', 'discarded']);
