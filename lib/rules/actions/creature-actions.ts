import type { Creature } from '../creature';
import type { CreatureAbility } from '../monster-shape';
import { RuleViolation } from '../rule-violation';
import { nameKey } from '../srd/names';

/** Which part of a stat block an action comes from: the Action, a reaction, or a legendary action. */
export type ActionKind = 'action' | 'reaction' | 'legendary';

/** One option of an action that offers a choice (a metallic dragon's two breaths): its own save, damage and area. */
export type ActionOption = NonNullable<CreatureAbility['options']>['list'][number];

/**
 * A creature's action as named: the stat block entry, the option chosen
 * from it, and for a legendary action that only points at another action
 * ("Tail Attack", a vampire's legendary "Bite") the action it makes.
 */
export type FoundAction = { kind: ActionKind; entry: CreatureAbility; option: ActionOption | null; makes: CreatureAbility | null };

/** Names compare without a note in brackets ("Claw (Oni Form Only)") and as nameKey forgives case and plurals. */
const key = (name: string) => nameKey(name.replace(/\s*\([^)]*\)/g, ''));

function byName(list: readonly CreatureAbility[], wanted: string): CreatureAbility | undefined {
  return list.find((a) => key(a.name) === wanted);
}

/** The action a mechanics-free legendary action points at: "Tail Attack" is the Tail, "Bite" the Bite. */
function pointedAt(c: Creature, entry: CreatureAbility): CreatureAbility | null {
  if (entry.attack?.kind || entry.save || entry.damage) return null;
  const target = key(entry.name.replace(/\s+Attack$/i, ''));
  return byName(c.actions, target) ?? null;
}

function find(c: Creature, name: string): FoundAction | null {
  const wanted = key(name);
  const lists: Array<[ActionKind, readonly CreatureAbility[]]> = [
    ['action', c.actions],
    ['reaction', c.reactions],
    ['legendary', c.legendaryActions],
  ];
  for (const [kind, list] of lists) {
    const entry = byName(list, wanted);
    if (entry) return { kind, entry, option: null, makes: kind === 'legendary' ? pointedAt(c, entry) : null };
    for (const withOptions of list.filter((a) => a.options)) {
      const option = withOptions.options!.list.find((o) => key(o.name) === wanted);
      if (option) return { kind, entry: withOptions, option, makes: null };
    }
  }
  return null;
}

/** Every action name a creature could use, for a refusal that says what it has. */
export function actionNames(c: Creature): string[] {
  const names = [...c.actions, ...c.reactions, ...c.legendaryActions].flatMap((a) => (a.options?.mode === 'choose one' ? a.options.list.map((o) => o.name) : [a.name]));
  return [...new Set(names)];
}

/**
 * Finds an action, reaction or legendary action on a creature's stat block
 * by name. A creature without actions whole (one stored before stat blocks
 * carried them) has only its attacks. Refuses names it does not have.
 */
export function findCreatureAction(c: Creature, name: string): FoundAction {
  const found = find(c, name);
  if (found) return found;
  const has = actionNames(c);
  const listed = has.length ? `its stat block lists ${has.join(', ')}` : `its stat block lists only the attacks ${c.attacks.map((a) => a.name).join(', ') || 'none'}`;
  throw new RuleViolation(`${c.name} has no action called "${name}": ${listed}. A creature can only do what its stat block gives it.`);
}

/** An action among the creature's actions (a multiattack's step), by the name the step gives. */
export function stepAction(c: Creature, name: string): CreatureAbility {
  const entry = byName(c.actions, key(name));
  if (!entry) throw new RuleViolation(`${c.name}'s Multiattack names "${name}", which its stat block does not hold; use its other actions one by one`);
  return entry;
}
