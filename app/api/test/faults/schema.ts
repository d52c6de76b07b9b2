import { z } from 'zod';

export const faultsBody = z.object({ generatorFails: z.boolean() });
