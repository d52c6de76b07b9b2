import type { Tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { dmTools } from '@/lib/ai/tools/dm-tools';
import { createRequestVisualsTool } from '@/lib/ai/tools/request-visuals';
import { createUpdateDraftTool } from '@/lib/ai/tools/update-draft';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { TableResolver } from '@/lib/rules/table-resolver';

const resolver = new TableResolver(openingState(sampleCampaign, 1));
const dm: Record<string, Tool> = dmTools({ resolver, cite: () => {}, arrivalFor: () => null });
const assistant: Record<string, Tool> = {
  update_draft: createUpdateDraftTool({ draft: () => ({}), save: async () => {} }),
  request_visuals: createRequestVisualsTool({ draft: () => ({}), save: async () => {}, draw: async () => 'asset' }),
};

type Validating = { validate?: (v: unknown) => Promise<{ success: boolean; error?: Error }>; jsonSchema: JsonSchema | PromiseLike<JsonSchema> };

async function refusesRoll(t: Tool): Promise<void> {
  const result = await (t.inputSchema as Validating).validate!({ roll: 20 });
  expect(result.success).toBe(false);
  expect(result.error?.message).toContain('Unrecognized key: \\"roll\\"');
}

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; additionalProperties?: unknown; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

/** Paths of objects in a JSON Schema that let keys they do not define through. */
function openObjects(schema: JsonSchema, path = 'input'): string[] {
  const own = schema.type === 'object' && schema.properties && schema.additionalProperties !== false ? [path] : [];
  const nested = [
    ...Object.entries(schema.properties ?? {}).flatMap(([key, s]) => openObjects(s, `${path}.${key}`)),
    ...(schema.items ? openObjects(schema.items, `${path}[]`) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((s) => openObjects(s, path)),
  ];
  return [...own, ...nested];
}

describe('every tool the models call', () => {
  it.each(Object.keys(dm))('the DM\'s %s refuses a field it does not define (a roll, a DC, dice), naming it, at any depth', async (name) => {
    await refusesRoll(dm[name]!);
    expect(openObjects(await (dm[name]!.inputSchema as Validating).jsonSchema)).toEqual([]);
  });

  it.each(Object.keys(assistant))('the Campaign Assistant\'s %s refuses a field it does not define', async (name) => {
    await refusesRoll(assistant[name]!);
  });
});
