import { z } from 'zod';

/**
 * The schema, remembering what it produced: a value it parsed comes back as
 * it is, without being checked again. Nothing in the engine changes a parsed
 * value in place (a patch makes a new object), so one of these is still
 * valid; a table's state is parsed whole after every change, and parsing the
 * parts that did not change (every character's sheet derived afresh) was the
 * dearest step of a turn. Values from outside (JSON, another process) are
 * never remembered, so they are always parsed.
 */
export function parseOnce<Output extends object, Input>(schema: z.ZodType<Output, Input>): z.ZodType<Output, Input> {
  const parsed = new WeakSet<object>();
  const once = z.unknown().transform((value, ctx) => {
    if (typeof value === 'object' && value !== null && parsed.has(value)) return value as Output;
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    parsed.add(result.data);
    return result.data;
  });
  return once as unknown as z.ZodType<Output, Input>;
}
