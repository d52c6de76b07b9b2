import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { classifyGoods } from '@/lib/ai/offline/goods-intents';
import { readSpell } from '@/lib/ai/offline/spell-words';
import { readIntent } from '@/lib/ai/offline/understanding/read-intent';
import { tableFacts, type TableFacts } from '@/lib/ai/prompts/format';
import { openingState, waysOnFrom } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

/** The phrasings that come with the eval; README documents the format for a file of one's own. */
export const defaultPhrasings = path.join(import.meta.dirname, 'phrasings.json');

const intents = ['travel', 'use-object', 'talk', 'attack', 'spell', 'item', 'give', 'trade', 'equip', 'loot', 'help', 'hide', 'dash', 'dodge', 'disengage', 'rest', 'feature', 'rule-question', 'check', 'clarify'] as const;

const phrasingSchema = z.strictObject({
  text: z.string().min(1).max(2000),
  /** A location of the sample adventure, as the party first finds it. */
  at: z.enum(sampleCampaign.locations.map((l) => l.scene.locationId!) as [string, ...string[]]),
  /** Who says it: one of the sample party. */
  actor: z.enum(sampleCampaign.characters.map((c) => c.id) as [string, ...string[]]),
  intent: z.enum(intents),
  /** What it is done to; see README for what each intent's target is. */
  target: z.string().min(1).max(120).optional(),
});
export type Phrasing = z.infer<typeof phrasingSchema>;

export async function readPhrasings(file: string): Promise<Phrasing[]> {
  const parsed = z.array(phrasingSchema).min(1).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: case ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

type Reading = { intent: Phrasing['intent']; target?: string };

function tableAt(location: string): TableFacts {
  const state = openingState({ ...sampleCampaign, startLocationId: location }, 1);
  return tableFacts(state, { waysOn: waysOnFrom(sampleCampaign.locations, location), withSecrets: true });
}

/** How the offline DM reads a phrasing, in the order it reads a real action: things first, then the scene. */
export function readPhrasing(p: Phrasing, table: TableFacts = tableAt(p.at)): Reading {
  const actor = [...table.party].find((c) => c.id === p.actor)!;
  const goods = classifyGoods(p.text, sampleCampaign.locations.find((l) => l.scene.locationId === p.at)!.scene.containers?.map((c) => c.name) ?? []);
  if (goods) {
    switch (goods.kind) {
      case 'use':
        return { intent: 'item', target: goods.item };
      case 'give':
        return { intent: 'give', target: goods.item ?? 'gold' };
      case 'buy':
      case 'sell':
        return { intent: 'trade', target: goods.item };
      case 'equip':
      case 'unequip':
      case 'attune':
        return { intent: 'equip', target: goods.item };
      case 'loot':
        return { intent: 'loot', target: goods.containerWords };
      case 'loot-bodies':
        return { intent: 'loot', target: 'bodies' };
    }
  }
  const intent = readIntent(p.text, table, actor, (id) => table.waysOn.find((w) => w.locationId === id)?.title);
  switch (intent.kind) {
    case 'attack':
      return { intent: 'attack', ...(intent.targetId ? { target: table.creatures.find((c) => c.id === intent.targetId)?.name } : {}) };
    case 'travel':
      return { intent: 'travel', ...(intent.locationId ? { target: intent.locationId } : {}) };
    case 'use-object':
      return { intent: 'use-object', target: intent.objectId };
    case 'talk':
      return { intent: 'talk', target: intent.personId };
    case 'help':
      return { intent: 'help', target: intent.allyId };
    case 'spell':
      return { intent: 'spell', target: readSpell(intent.words, actor.spells ?? []).name };
    case 'check':
      return { intent: 'check', target: intent.skill };
    default:
      return { intent: intent.kind };
  }
}

const loose = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

/** Understood: the intent is the one expected, and so is the target where one is expected (names compare loosely). */
export function understood(p: Phrasing, reading: Reading, table: TableFacts = tableAt(p.at)): boolean {
  if (reading.intent !== p.intent) return false;
  if (p.target === undefined) return true;
  if (reading.target === undefined) return p.intent === 'travel' && p.target === table.waysOn[0]?.locationId;
  return loose(reading.target).includes(loose(p.target)) || loose(p.target).includes(loose(reading.target));
}

/** Reads every phrasing and reports the share understood, with each one misunderstood and how it was read. */
export function phrasingsEval(phrasings: readonly Phrasing[]) {
  const tables = new Map<string, TableFacts>();
  const misunderstood: Array<Phrasing & { read: Reading }> = [];
  for (const p of phrasings) {
    const table = tables.get(p.at) ?? tableAt(p.at);
    tables.set(p.at, table);
    const read = readPhrasing(p, table);
    if (!understood(p, read, table)) misunderstood.push({ ...p, read });
  }
  return { phrasings: phrasings.length, understood: Math.round(((phrasings.length - misunderstood.length) / phrasings.length) * 1000) / 1000, misunderstood };
}
