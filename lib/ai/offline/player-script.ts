import { readPlayer, readTable } from '@/lib/ai/prompts/format';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { pick } from './seeded';
import { harmfulSpell, healingSpell } from './spell-choices';
import { find, pickTarget, standing } from './tactics';

const byClass: Record<string, string[]> = {
  Cleric: [
    'I study the carvings for any rite or warning I recognise.',
    'I murmur a prayer and listen for anything answering from the dark.',
    'I recall what the old sea-priests taught about places like this.',
  ],
  Ranger: [
    'I scan the water and the shadows along the walls for movement.',
    'I look for tracks or scratches that show what passed through here.',
    'I keep watch on the way we came in, bow half-drawn.',
  ],
  Rogue: [
    'I check the floor ahead for loose stones and tripwires.',
    'I creep along the wall, keeping to the shadows.',
    'I examine the nearest door for hidden catches.',
  ],
};

const anyone = [
  'I look around carefully for anything the others might have missed.',
  'I keep close to the party and watch the shadows.',
  'I search the nearest alcove for anything useful.',
];

/**
 * The offline AI player. In a fight: a healer with a spell left saves a
 * fallen or badly hurt friend, a caster with a slot left casts a harmful
 * spell at the nearest enemy, everyone else attacks it. Otherwise it heals
 * or tends the wounded, or does something in keeping with its class.
 */
export function planPlayerReply(read: ReadPrompt, seed: number): ScriptedReply {
  const me = readPlayer(read.system);
  const table = readTable(read.system);
  const self = me && table ? find(table, me.id) : undefined;
  if (!table || !self) return { text: pick(anyone, seed, 7), toolCalls: [] };
  const hurt = table.party.filter((p) => !p.dead && p.hp / p.maxHp <= 0.5).sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp)[0];
  const heal = hurt && healingSpell(self, hurt, table.combat !== null);
  const on = (who: { id: string; name: string }) => (who.id === self.id ? 'myself' : who.name);
  if (table.combat) {
    if (hurt && heal && (hurt.hp === 0 || hurt.hp / hurt.maxHp <= 0.34)) return { text: `I cast ${heal.name} on ${on(hurt)}!`, toolCalls: [] };
    const target = pickTarget(table, self);
    // A badly hurt rogue with a foe at its elbow slips away rather than trade blows.
    const cornered = target?.at && self.at && Math.max(Math.abs(target.at[0] - self.at[0]), Math.abs(target.at[1] - self.at[1])) <= 1;
    if (cornered && self.what.includes('Rogue') && self.hp / self.maxHp <= 0.5) return { text: 'I disengage and slip back out of reach.', toolCalls: [] };
    const spell = target && harmfulSpell(self, target);
    if (target && spell) return { text: `I cast ${spell.name} at the ${target.name}.`, toolCalls: [] };
    if (target) return { text: `I attack the ${target.name}.`, toolCalls: [] };
    return { text: 'I take the Dodge action and stay on guard.', toolCalls: [] };
  }
  if (hurt && standing(self)) {
    if (heal) return { text: `I cast ${heal.name} on ${on(hurt)}.`, toolCalls: [] };
    const who = hurt.id === self.id ? 'my own wounds' : `${hurt.name}'s wounds`;
    return { text: `I kneel and tend to ${who} before anything else.`, toolCalls: [] };
  }
  return { text: pick(byClass[self.what.split(' ')[1] ?? ''] ?? anyone, seed, 7), toolCalls: [] };
}
