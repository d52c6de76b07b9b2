import { convertToModelMessages, safeValidateUIMessages, type ModelMessage, type UIMessage } from 'ai';

/** A chat as the model reads it, or null when it is not a conversation of well-formed UI messages. */
export async function readConversation(messages: unknown[]): Promise<ModelMessage[] | null> {
  const checked = await safeValidateUIMessages<UIMessage>({ messages });
  if (!checked.success) return null;
  try {
    return await convertToModelMessages(checked.data);
  } catch {
    return null;
  }
}
