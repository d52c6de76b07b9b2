import type { z } from 'zod';

/** The engine's refusal: the rules forbid what was asked. The message is safe to show the model and players. */
export class RuleViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** Validates data a caller supplied, turning a schema failure into a refusal the caller can read. */
export function parseOrReject<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RuleViolation(`Invalid ${what}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? ''}`.trim());
}
