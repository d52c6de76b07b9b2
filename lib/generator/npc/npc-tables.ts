import type { Rng } from '../rng';

/** The part an NPC plays in the story; it steers the occupation, the portrait and the secret. */
export const npcRoles = ['quest-giver', 'merchant', 'ally', 'rival', 'villain', 'informant', 'bystander'] as const;
export type NpcRole = (typeof npcRoles)[number];

const occupations: Record<NpcRole, readonly string[]> = {
  'quest-giver': ['village elder', 'temple priest', 'guild master', 'worried innkeeper', 'retired adventurer', 'noble steward'],
  merchant: ['caravan trader', 'apothecary', 'blacksmith', 'fence for stolen goods', 'map seller', 'tavern keeper'],
  ally: ['sellsword', 'hedge wizard', 'ranger', 'temple acolyte', 'town guard sergeant', 'ferryman'],
  rival: ['rival adventurer', 'bounty hunter', 'ambitious knight', 'treasure hunter', 'court bard'],
  villain: ['cult leader', 'corrupt magistrate', 'necromancer', 'bandit chief', 'usurper', 'smuggler lord'],
  informant: ['street urchin', 'barmaid', 'gossiping washerwoman', 'disgraced scribe', 'beggar', 'stable hand'],
  bystander: ['farmer', 'fisher', 'shepherd', 'miller', 'pilgrim', 'candle maker', 'cook'],
};

const temperaments = ['Cheerful', 'Gruff', 'Nervous', 'Soft-spoken', 'Boastful', 'Suspicious', 'Pious', 'Weary', 'Curious', 'Blunt', 'Charming', 'Melancholy'];
const undercurrents = ['but quick to anger', 'and fiercely loyal', 'but hides it poorly', 'and terribly honest', 'but counts every coin', 'and easily flattered', 'but never forgets a slight', 'and kind to strangers'];
const quirks = [
  'hums old sea shanties',
  'never sits with their back to a door',
  'collects odd buttons',
  'quotes proverbs no one has heard of',
  'speaks of themself in the third person',
  'cracks their knuckles before every answer',
  'feeds every stray cat in town',
  'keeps a journal of everyone they meet',
];

const secrets: Record<'ordinary' | 'dark', readonly string[]> = {
  ordinary: [
    'owes a dangerous sum to a moneylender',
    'is the true heir to a minor noble house',
    'once deserted from the army and lives under a false name',
    'secretly writes bawdy verse that the whole town sings',
    'buried a stolen relic beneath the old oak',
    'is quietly in love with a rival of the party',
    'can read minds, a little, on nights of the full moon',
  ],
  dark: [
    'serves a fiend in exchange for a cure for their child',
    'poisoned the last person who learned their name',
    'is a doppelganger who replaced the real one a year ago',
    'funds the bandits who raid the roads',
    'keeps a prisoner in the cellar',
    'made a pact that comes due at the next solstice',
  ],
};

export function pickOccupation(rng: Rng, role: NpcRole): string {
  return rng.pick(occupations[role]);
}

/** A one-line personality: a temperament, a twist on it, and a habit players will remember. */
export function pickPersonality(rng: Rng): string {
  return `${rng.pick(temperaments)} ${rng.pick(undercurrents)}; ${rng.pick(quirks)}.`;
}

/** Villains and rivals always carry a dark secret; others now and then. */
export function pickSecret(rng: Rng, role: NpcRole): string {
  const dark = role === 'villain' || role === 'rival' || rng.chance(0.15);
  const secret = rng.pick(secrets[dark ? 'dark' : 'ordinary']);
  return secret.charAt(0).toUpperCase() + secret.slice(1) + '.';
}
