import type { Combatant, RulesState } from '@/lib/rules/state';
import { isCharacter } from '@/lib/rules/state';
import { jsonBlock, readJsonBlock } from './json-block';
import { spellFacts, type TableSpell } from './spell-facts';

/** The table as the models see it: one compact JSON block (see json-block.ts). */

/** One creature or character as the models see it. */
export type TableCombatant = {
  id: string;
  name: string;
  side: 'party' | 'hostile' | 'ally';
  /** Who chooses its actions. */
  playedBy: 'person' | 'ai player' | 'dm';
  what: string;
  hp: number;
  maxHp: number;
  ac: number;
  conditions: string[];
  dead: boolean;
  at: [number, number] | null;
  speed: number;
  attacks: Array<{ name: string; kind: 'melee' | 'ranged'; rangeFt: number }>;
  /** Spell slots left, by level. */
  slots: Record<string, number>;
  /** Spells it can cast now (known, prepared, or on its stat block); absent for those who cast none. */
  spells?: TableSpell[];
};

export type TableFacts = {
  scene: { locationId: string; title: string; description: string; dc: number; hazardDamage: string };
  /** DM only: what the players must not learn. Never present in a player's prompt. */
  secret?: string;
  party: TableCombatant[];
  creatures: TableCombatant[];
  combat: { round: number; turn: string; order: string[] } | null;
  /** Battle map rows: '.' floor, '#' wall, ':' difficult, '~' water, '+' cover. */
  map: string[] | null;
  /** Where the party can go from here (location ids). */
  waysOn: Array<{ locationId: string; title: string }>;
};

const glyph = { floor: '.', wall: '#', difficult: ':', water: '~', cover: '+' } as const;

function combatant(c: Combatant): TableCombatant {
  const character = isCharacter(c);
  return {
    id: c.id,
    name: c.name,
    side: character ? 'party' : c.hostile ? 'hostile' : 'ally',
    playedBy: character ? (c.controller === 'human' ? 'person' : 'ai player') : 'dm',
    what: character ? `${c.ancestry} ${c.className} ${c.level}` : 'creature',
    hp: c.hp,
    maxHp: c.maxHp,
    ac: c.ac,
    conditions: c.conditions,
    dead: c.dead,
    at: c.position ? [c.position.x, c.position.y] : null,
    speed: c.speed,
    attacks: c.attacks.map((a) => ({ name: a.name, kind: a.kind, rangeFt: a.range?.normal ?? 5 })),
    slots: Object.fromEntries(c.spellSlots.map((s) => [String(s.level), s.remaining])),
    ...spellsOf(c),
  };
}

function spellsOf(c: Combatant): { spells?: TableSpell[] } {
  const spells = spellFacts(c);
  return spells.length ? { spells } : {};
}

export function tableFacts(
  state: RulesState,
  options: { waysOn: TableFacts['waysOn']; withSecrets: boolean },
): TableFacts {
  const current = state.combat?.order[state.combat.turnIndex]?.id;
  return {
    scene: {
      locationId: state.scene.locationId,
      title: state.scene.title,
      description: state.scene.description,
      dc: state.scene.dc,
      hazardDamage: state.scene.hazardDamage,
    },
    ...(options.withSecrets && state.scene.secret ? { secret: state.scene.secret } : {}),
    party: state.party.map(combatant),
    creatures: state.creatures.map(combatant),
    combat: state.combat && current ? { round: state.combat.round, turn: current, order: state.combat.order.map((e) => e.id) } : null,
    map: state.grid ? state.grid.cells.map((row) => row.map((t) => glyph[t]).join('')) : null,
    waysOn: options.waysOn,
  };
}

export function tableBlock(facts: TableFacts): string {
  return jsonBlock('table', facts);
}

export function readTable(text: string): TableFacts | null {
  return readJsonBlock<TableFacts>(text, 'table');
}

export function actionMessage(actor: { id: string; name: string }, action: string, playedBy: TableCombatant['playedBy']): string {
  return `Acting: ${actor.name} (id: ${actor.id}), played by ${playedBy}\nAction: ${action}`;
}

export function readAction(text: string): { characterId: string; name: string; playedBy: string; action: string } | null {
  const m = /Acting: (.+?) \(id: ([\w-]+)\), played by ([\w ]+)\nAction: ([\s\S]+)/.exec(text);
  return m ? { name: m[1]!, characterId: m[2]!, playedBy: m[3]!, action: m[4]!.trim() } : null;
}

export function playerLine(character: { id: string; name: string; ancestry: string; className: string }): string {
  return `You are playing ${character.name} (id: ${character.id}), a ${character.ancestry} ${character.className}.`;
}

export function readPlayer(text: string): { name: string; id: string } | null {
  const m = /You are playing (.+?) \(id: ([\w-]+)\)/.exec(text);
  return m ? { name: m[1]!, id: m[2]! } : null;
}
