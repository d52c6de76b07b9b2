import type { z } from 'zod';
import { AgentError } from '@/lib/bus';

/** Validates a request's parameters; a bad request is answered, never handled. */
export function parseParams<T extends z.ZodType>(schema: T, parameters: unknown): z.infer<T> {
  const result = schema.safeParse(parameters);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || 'parameters'}: ${i.message}`).join('; ');
  throw new AgentError('invalid_request', issues);
}
