import type { TableCombatant } from '@/lib/ai/prompts/format';
import { fightEndings, firstFresh, guardEndings, healEndings, worded } from './player-lines';
import type { PlayerView } from './player-sight';
import { harmfulSpell, healingSpell } from './spell-choices';
import { pickTarget } from './tactics';

/** The worst hurt of the party still alive, if at half their hit points or less. */
export function worstHurt(view: PlayerView): TableCombatant | undefined {
  return view.table.party.filter((p) => !p.dead && p.hp / p.maxHp <= 0.5).sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp)[0];
}

/** "myself", or a friend's name: whom a spell or a bandage is for. */
function whom(view: PlayerView, who: { id: string; name: string }): string {
  return who.id === view.self.id ? 'myself' : who.name;
}

/** Heal lines for a spell, without endings that speak of "them" when the caster heals itself. */
export function healLines(view: PlayerView, spell: string, who: TableCombatant, stop: string): string[] {
  const endings = who.id === view.self.id ? healEndings.filter((e) => !/\bthem|their\b/.test(e)) : healEndings;
  return worded(`I cast ${spell} on ${whom(view, who)}`, endings, stop);
}

/**
 * The offline AI player's turn in a fight: a healer with a spell left saves
 * a fallen or badly hurt friend, a caster with a slot left casts a harmful
 * spell at the nearest enemy, everyone else attacks it; a badly hurt rogue
 * cornered by a foe slips away. Each deed has many wordings, and the player
 * takes the first it has not said lately; what it does stays the same.
 */
export function fightLine(view: PlayerView): string {
  const { table, self, said } = view;
  const hurt = worstHurt(view);
  const heal = hurt && healingSpell(self, hurt, true);
  const options: string[][] = [];
  if (hurt && heal && (hurt.hp === 0 || hurt.hp / hurt.maxHp <= 0.34)) options.push(healLines(view, heal.name, hurt, '!'));
  const target = pickTarget(table, self);
  const cornered = target?.at && self.at && Math.max(Math.abs(target.at[0] - self.at[0]), Math.abs(target.at[1] - self.at[1])) <= 1;
  if (cornered && self.what.includes('Rogue') && self.hp / self.maxHp <= 0.5) options.push(worded('I disengage and slip back out of reach', guardEndings), worded('I disengage', fightEndings));
  const spell = target && harmfulSpell(self, target);
  if (target && spell) options.push(worded(`I cast ${spell.name} at the ${target.name}`, fightEndings));
  if (target) options.push(worded(`I attack the ${target.name}`, fightEndings));
  options.push(worded('I take the Dodge action and stay on guard', guardEndings), worded('I take the Dodge action', fightEndings));
  // The first deed that has a wording left; the last always has, since twenty-odd lines cannot all be among the last twenty said.
  for (const lines of options) {
    const line = firstFresh(lines, said);
    if (line) return line;
  }
  return options[0]![0]!;
}
