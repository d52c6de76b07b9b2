import { readParty, readPlayer } from '@/lib/ai/prompts/format';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { pick } from './seeded';

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
 * The offline AI player: tends a badly hurt ally first (if it knows how),
 * otherwise does something in keeping with its class.
 */
export function planPlayerReply(read: ReadPrompt, seed: number): ScriptedReply {
  const me = readPlayer(read.system);
  const party = readParty(read.system);
  const self = party.find((p) => p.id === me?.id);
  const wounded = party
    .filter((p) => p.hp / p.maxHp <= 0.5)
    .sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp)[0];
  if (wounded && self?.conscious !== false) {
    const who = wounded.id === me?.id ? 'my own wounds' : `${wounded.name.split(' ').at(-1)}’s wounds`;
    return { text: `I kneel and tend to ${who} before anything else.`, toolCalls: [] };
  }
  const options = (self && byClass[self.className]) ?? anyone;
  return { text: pick(options, seed, 7), toolCalls: [] };
}
