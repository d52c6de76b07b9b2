import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { Intent } from './intents';
import type { ToolOutcome } from './prompt-reader';

/** One tool call an offline plan makes next. */
export type Call = { toolName: string; input: Record<string, unknown> };

/** What the offline DM's plans read: the table, who acts, their words and intent, and what the tools answered so far. */
export type PlanContext = {
  table: TableFacts;
  actor: TableCombatant;
  action: string;
  intent: Intent;
  outcomes: ToolOutcome[];
};

/** What a tool answered earlier in this action, if it was called. */
export function done(ctx: PlanContext, toolName: string): ToolOutcome | undefined {
  return ctx.outcomes.find((o) => o.toolName === toolName);
}
