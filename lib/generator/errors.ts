import type { z } from 'zod';
import { AppError } from '@/lib/errors';

/**
 * A generator request the generator cannot honour (a map too large, an
 * unknown terrain, no locations...). It is a bad request, so it carries the
 * 400 status and a message safe to show the caller.
 */
export class GeneratorInputError extends AppError {
  constructor(message: string) {
    super('bad_request', message);
    this.name = 'GeneratorInputError';
  }
}

/** Validates a generator request, naming the first problem found in the thrown error. */
export function parseGeneratorInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  throw new GeneratorInputError(`Invalid ${what}: ${problems.join('; ')}`);
}
