import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { findCreatureAction } from '@/lib/rules/actions/creature-actions';
import { monsterAction } from '@/lib/rules/actions/monster-action';
import { findAttack } from '@/lib/rules/attack';
import { attackSource } from '@/lib/rules/attack-profile';
import { findCombatant, isCharacter, type Combatant } from '@/lib/rules/state';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { monsterActionAnswer } from './monster-action';

const attackInput = zodSchema(
  z.strictObject({
    attackerId: z.string(),
    targetId: z.string(),
    attackName: z.string().describe('the name of one of the attacker’s attacks, or "unarmed strike"'),
  }),
);

const kinds = { weapon: 'a weapon', spell: 'a cantrip', natural: 'unarmed', action: 'its stat block' } as const;

/** Where an attack comes from, in words the log shows: "Mira Thorne's Rapier (a weapon)". */
function sourceOf(attacker: Combatant, attackName: string): string {
  const profile = findAttack(attacker, attackName);
  return `${attacker.name}'s ${profile.name} (${kinds[attackSource(profile).kind]})`;
}

/** A creature whose stat block holds this attack as an action makes it as that action, with all it brings (a poison's save, a grapple). */
function statBlockAttack(attacker: Combatant | undefined, attackName: string): boolean {
  if (!attacker || isCharacter(attacker) || attacker.actions.length === 0) return false;
  try {
    const found = findCreatureAction(attacker, attackName);
    return found.kind === 'action' && Boolean(found.entry.attack?.kind);
  } catch {
    // Not among its actions: the attack is judged against its attacks, and refused there with what it has.
    return false;
  }
}

export function createAttackTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      "Make one attack with one of the attacker's attacks (by name) against a target. The engine checks turn, the attacks the Attack action allows (Extra Attack), reach, range and cover, rolls to hit and applies the damage on a hit.",
    inputSchema: attackInput,
    execute: async ({ attackerId, targetId, attackName }) => {
      const attacker = findCombatant(resolver.state, attackerId);
      if (statBlockAttack(attacker, attackName)) {
        const made = resolver.act((turn) => monsterAction(turn, { creatureId: attackerId, action: attackName, targetIds: [targetId] }));
        const [answer] = monsterActionAnswer(made).attacks;
        const target = findCombatant(resolver.state, targetId);
        return { source: made.source, attackerId, ...answer!, attack: made.action, targetDown: target ? target.hp === 0 || target.dead : null };
      }
      const r = resolver.attack(attackerId, targetId, attackName);
      const target = findCombatant(resolver.state, targetId);
      const attacksLeft = resolver.state.combat?.turn.attacksLeft ?? 0;
      return {
        source: sourceOf(findCombatant(resolver.state, attackerId)!, r.attack),
        attackerId,
        targetId,
        attack: r.attack,
        hit: r.hit,
        critical: r.critical,
        roll: r.roll.text,
        targetAc: r.targetAc,
        ...(r.cover ? { cover: r.cover } : {}),
        damage: r.damage?.total ?? 0,
        ...(r.effects?.length ? { effects: r.effects } : {}),
        targetDown: target ? target.hp === 0 || target.dead : null,
        ...(attacksLeft > 0 ? { attacksLeftThisAction: attacksLeft } : {}),
      };
    },
  });
}
