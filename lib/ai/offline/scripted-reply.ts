/** One step of an offline model's answer: text to stream, then tool calls. */
export type ScriptedReply = {
  text: string;
  toolCalls: Array<{ toolName: string; input: Record<string, unknown> }>;
};
