import type { Character } from '@/lib/rules/state';

/**
 * The line formats our prompts use for facts a model must act on. Hosted
 * models read them as plain text; the offline narrator parses them, so the
 * writer and the reader of each format live together here.
 */
export function partyLine(c: Character): string {
  const conditions = c.conditions.length ? c.conditions.join(', ') : 'none';
  return `- ${c.name} (id: ${c.id}): ${c.ancestry} ${c.className}, HP ${c.hp}/${c.maxHp}, AC ${c.ac}, conditions: ${conditions}, played by ${c.controller === 'human' ? 'a person' : 'an AI player'}`;
}

export type PartyMember = { id: string; name: string; className: string; hp: number; maxHp: number; conscious: boolean };

const partyLinePattern = /^- (.+?) \(id: ([\w-]+)\): .*? (\w+), HP (\d+)\/(\d+), AC \d+, conditions: ([^,]+(?:, [^,]+)*?), played by/;

export function readParty(text: string): PartyMember[] {
  return text.split('\n').flatMap((line) => {
    const m = partyLinePattern.exec(line);
    if (!m) return [];
    return [{ name: m[1]!, id: m[2]!, className: m[3]!, hp: Number(m[4]), maxHp: Number(m[5]), conscious: !m[6]!.includes('unconscious') }];
  });
}

export function actionMessage(character: Character, action: string): string {
  return `Acting character: ${character.name} (id: ${character.id})\nAction: ${action}`;
}

export function readAction(text: string): { characterId: string; name: string; action: string } | null {
  const m = /Acting character: (.+?) \(id: ([\w-]+)\)\nAction: ([\s\S]+)/.exec(text);
  return m ? { name: m[1]!, characterId: m[2]!, action: m[3]!.trim() } : null;
}

export function hazardLine(dice: string): string {
  return `Hazard damage on a failed risky action: ${dice}`;
}

export function readHazard(text: string): string | null {
  return /Hazard damage on a failed risky action: (\S+)/.exec(text)?.[1] ?? null;
}

export function playerLine(character: Character): string {
  return `You are playing ${character.name} (id: ${character.id}), a ${character.ancestry} ${character.className}.`;
}

export function readPlayer(text: string): { name: string; id: string } | null {
  const m = /You are playing (.+?) \(id: ([\w-]+)\)/.exec(text);
  return m ? { name: m[1]!, id: m[2]! } : null;
}
