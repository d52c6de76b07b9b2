// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { MonsterAbility } from '@/lib/rules/srd/monster-schema';
import { countOf, countWords } from './text.ts';

type Steps = NonNullable<MonsterAbility['multiattack']>[number];

const singular = (word: string) => word.toLowerCase().replace(/(?:es|s)$/, '');

/** The block's action a phrase means: "its claws" is Claw or Claws, "its rotting fist" is Rotting Fist. */
function actionNamed(phrase: string, names: readonly string[]): string | null {
  const wanted = singular(phrase.trim());
  return names.find((name) => singular(name) === wanted) ?? names.find((name) => name.toLowerCase().startsWith(wanted)) ?? null;
}

const withIts = new RegExp(`\\b(${countWords}) (?:attacks? )?with (?:its|his|her|their) ([a-z][a-z -]*?)(?=,| and\\b| or\\b|\\.|$)`, 'gi');
const usesIts = /\buses? its ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*)/g;
const attacksOf = new RegExp(`\\b(${countWords}) ([a-z]+(?: [a-z]+)?) attacks?\\b`, 'gi');

/** One way of taking the Multiattack: the actions named in it, in order, each with its count. */
function stepsOf(text: string, names: readonly string[], attacks: ReadonlyArray<{ name: string; kind: string }>): Steps {
  const steps: Steps = [];
  for (const use of text.matchAll(usesIts)) {
    const action = actionNamed(use[1]!, names);
    if (action) steps.push({ action, count: 1 });
  }
  const heads = /as many ([a-z]+) attacks as it has heads/i.exec(text);
  if (heads) {
    const action = actionNamed(heads[1]!, names);
    return action ? [...steps, { action, count: 'heads' }] : steps;
  }
  const each = [...text.matchAll(withIts)];
  for (const match of each) {
    const action = actionNamed(match[2]!, names);
    const count = countOf(match[1]!);
    if (action && count) steps.push({ action, count });
  }
  if (each.length > 0) return steps;
  for (const match of text.matchAll(attacksOf)) {
    const count = countOf(match[1]!);
    const action = actionNamed(match[2]!, names) ?? onlyAttack(match[2]!, attacks);
    if (count && action) steps.push({ action, count });
  }
  return steps;
}

/** "Two melee attacks" names no action: it is the block's one attack of that kind (or its one attack), when it has only one. */
function onlyAttack(kind: string, attacks: ReadonlyArray<{ name: string; kind: string }>): string | null {
  const wanted = /^(melee|ranged)$/i.test(kind) ? attacks.filter((a) => a.kind.includes(kind.toLowerCase())) : attacks;
  return wanted.length === 1 ? wanted[0]!.name : null;
}

/**
 * A Multiattack's lists of steps, one list per way of taking it ("Or the
 * captain makes two ranged attacks with its daggers" is a second), each step
 * naming an action of the same block. Null when no list names one.
 */
export function multiattackSteps(text: string, actions: readonly MonsterAbility[]): MonsterAbility['multiattack'] | null {
  const names = actions.map((a) => a.name).filter((n) => n !== 'Multiattack');
  const attacks = actions.flatMap((a) => (a.attack?.kind ? [{ name: a.name, kind: a.attack.kind }] : []));
  const lists = text
    .split(/(?:[.,;]\s+|\s+)(?=or (?:the|it|she|he|they)\b)|\.\s+(?=Or\b)/i)
    .map((alternative) => stepsOf(alternative, names, attacks))
    .filter((steps) => steps.length > 0);
  return lists.length ? (lists as NonNullable<MonsterAbility['multiattack']>) : null;
}
