import type { Hazard } from '@/lib/rules/scene-hazards';
import { getFeature } from '@/lib/rules/srd/classes';
import type { CharacterSheet, Combatant, RulesState, Scene } from '@/lib/rules/state';
import { isCharacter } from '@/lib/rules/state';
import { armorClassOf } from '@/lib/rules/armor-class';
import { valueInCopper } from '@/lib/rules/money';
import { actionFacts, type TableAction } from './action-facts';
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
  /** A character's limited class features and what is left of each ("Second Wind": "1 of 1 uses"). */
  features?: Record<string, string>;
  /** Attacks one Attack action allows, when more than one (Extra Attack). */
  attacksPerAction?: number;
  /** A creature's stat block actions (monster_action), each marked ready or not. */
  actions?: TableAction[];
};

/** A hazard as the DM sees it: what it is and what sets it off; its numbers are the rules'. */
export type TableHazard = { id: string; name: string; trigger: string; how: string; spent?: true };
/** An obstacle as the DM sees it: the skills that overcome it and the hazard a failure sets off; its DC is the rules'. */
export type TableObstacle = { id: string; name: string; skills: string[]; hazardId?: string };

/** The scene's ways out, things and people, as everyone at the table sees them (scene-structure.ts). */
export type TableStructure = {
  exits: Array<{ id: string; name: string; to: string; aliases: string[] }>;
  objects: Array<{ id: string; name: string; aliases: string[]; obstacleId?: string; containerId?: string }>;
  people: Array<{ id: string; name: string; role: string; aliases: string[] }>;
};
/** What the story ties to a deed here: the DM's alone, like the secret. */
export type TableTrigger = { id: string; when: string; then: string; says: string; done?: true };
/** What a player sees of the place's things: its containers (those emptied marked so) and who sells here; the DM's goods block says more. */
export type SceneSights = { containers?: Array<{ name: string; empty?: true }>; merchants?: string[] };

export type TableFacts = {
  /** Hazards, obstacles, triggers and what people know are the DM's alone, like the secret. */
  scene: { locationId: string; title: string; description: string; hazards?: TableHazard[]; obstacles?: TableObstacle[]; triggers?: TableTrigger[]; tells?: Record<string, string[]> } & TableStructure & SceneSights;
  /** DM only: what the players must not learn. Never present in a player's prompt. */
  secret?: string;
  party: TableCombatant[];
  creatures: TableCombatant[];
  combat: { round: number; turn: string; order: string[] } | null;
  /** Battle map rows: '.' floor, '#' wall, ':' difficult, '~' water, '+' cover. */
  map: string[] | null;
  /** Where the party can go from here (location ids), and by which way. */
  waysOn: Array<{ locationId: string; title: string; by?: string }>;
  /** The adventure's epilogue, once its end is reached. */
  ending?: string;
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
    ac: armorClassOf(c),
    conditions: c.conditions,
    dead: c.dead,
    at: c.position ? [c.position.x, c.position.y] : null,
    speed: c.speed,
    attacks: c.attacks.map((a) => ({ name: a.name, kind: a.kind, rangeFt: a.range?.normal ?? 5 })),
    slots: Object.fromEntries(c.spellSlots.map((s) => [String(s.level), s.remaining])),
    ...spellsOf(c),
    ...(character && Object.keys(c.resourceLimits).length ? { features: featuresLeft(c) } : {}),
    ...(c.attacksPerAction > 1 ? { attacksPerAction: c.attacksPerAction } : {}),
    ...(!character && c.actions.length ? { actions: actionFacts(c) } : {}),
  };
}

function featuresLeft(c: CharacterSheet): Record<string, string> {
  return Object.fromEntries(
    Object.values(c.resourceLimits).map((limit) => {
      const name = (getFeature(limit.currentFeatureId)?.name ?? limit.featureId).replace(/\s*\([^)]*\)\s*$/, '');
      const spent = c.resources[limit.featureId] ?? 0;
      return [name, limit.max === null ? 'unlimited' : `${limit.max - spent} of ${limit.max} ${limit.unit}`];
    }),
  );
}

function hazardHow(h: Hazard): string {
  if (h.how.kind === 'fall') return `a ${h.how.feet} ft fall`;
  const test = h.how.kind === 'save' ? `${h.how.ability} save` : 'attack';
  return `${test}, ${h.how.severity}, ${h.how.damageType}${h.condition ? `, leaves ${h.condition.condition}` : ''}`;
}

function sights(scene: Scene): SceneSights {
  const containers = scene.containers.map((c) => ({ name: c.name, ...(c.items.length === 0 && valueInCopper(c.coins) === 0 ? { empty: true as const } : {}) }));
  const merchants = scene.merchants.map((m) => m.name);
  return { ...(containers.length ? { containers } : {}), ...(merchants.length ? { merchants } : {}) };
}

/** Which obstacle or container an object is stays with the DM, like the obstacles themselves. */
function structureFacts(scene: Scene, withSecrets: boolean): TableStructure {
  const ties = (o: Scene['objects'][number]) => (withSecrets ? { ...(o.obstacleId ? { obstacleId: o.obstacleId } : {}), ...(o.containerId ? { containerId: o.containerId } : {}) } : {});
  return {
    exits: scene.exits.map(({ id, name, to, aliases }) => ({ id, name, to, aliases })),
    objects: scene.objects.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, ...ties(o) })),
    people: scene.people.map(({ id, name, role, aliases }) => ({ id, name, role, aliases })),
  };
}

function triggerFacts(scene: Scene, story: RulesState['story']): TableTrigger[] {
  return scene.triggers.map((t) => ({
    id: t.id,
    when: t.when.kind === 'use' ? `using ${t.when.objectId}` : `overcoming ${t.when.obstacleId}`,
    then: t.then.kind === 'wake' ? `wakes ${t.then.locationId}` : 'ends the adventure',
    says: t.says,
    ...(story.fired.includes(t.id) ? { done: true as const } : {}),
  }));
}

function sceneFacts(state: RulesState, withSecrets: boolean): TableFacts['scene'] {
  const { scene } = state;
  const { locationId, title, description } = scene;
  if (!withSecrets) return { locationId, title, description, ...structureFacts(scene, false), ...sights(scene) };
  return {
    locationId,
    title,
    description,
    ...structureFacts(scene, true),
    hazards: scene.hazards.map((h) => ({ id: h.id, name: h.name, trigger: h.trigger, how: hazardHow(h), ...(h.sprung ? { spent: true as const } : {}) })),
    obstacles: scene.obstacles.map((o) => ({ id: o.id, name: o.name, skills: o.skills, ...(o.hazardId ? { hazardId: o.hazardId } : {}) })),
    triggers: triggerFacts(scene, state.story),
    tells: Object.fromEntries(scene.people.filter((p) => p.tells.length).map((p) => [p.id, p.tells])),
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
    scene: sceneFacts(state, options.withSecrets),
    ...(options.withSecrets && state.scene.secret ? { secret: state.scene.secret } : {}),
    party: state.party.map(combatant),
    creatures: state.creatures.map(combatant),
    combat: state.combat && current ? { round: state.combat.round, turn: current, order: state.combat.order.map((e) => e.id) } : null,
    map: state.grid ? state.grid.cells.map((row) => row.map((t) => glyph[t]).join('')) : null,
    waysOn: options.waysOn,
    ...(state.story.ending ? { ending: state.story.ending } : {}),
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
