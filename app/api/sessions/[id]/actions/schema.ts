import { z } from 'zod';

export function actionBody(maxLength: number) {
  return z.object({
    idempotencyKey: z
      .string({ error: 'Send an idempotencyKey: any unique string per action, the same when retrying it' })
      .min(8, 'idempotencyKey must be at least 8 characters')
      .max(100),
    characterId: z.string().min(1, 'Say which character acts').max(64),
    text: z
      .string({ error: 'Say what your character does' })
      .trim()
      .min(1, 'Say what your character does')
      .max(maxLength, `Keep an action under ${maxLength} characters`),
  });
}
