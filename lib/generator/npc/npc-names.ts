import { type SyllableTable, nameFrom } from '../names';
import type { Rng } from '../rng';

/** The SRD's playable ancestries, which NPCs are drawn from. */
export const ancestries = ['human', 'elf', 'dwarf', 'halfling', 'gnome', 'half-elf', 'half-orc', 'tiefling', 'dragonborn'] as const;
export type Ancestry = (typeof ancestries)[number];

/** Each ancestry's own sounds, so a name hints at who bears it. */
const given: Record<Ancestry, SyllableTable> = {
  human: { starts: ['Al', 'Bren', 'Cas', 'Ed', 'Gar', 'Hal', 'Jor', 'Mar', 'Ros', 'Tam', 'Wil', 'Eli'], middles: ['a', 'e', 'i', 'o'], ends: ['dric', 'win', 'na', 'mund', 'la', 'ric', 'sa', 'den', 'beth'] },
  elf: { starts: ['Ae', 'Cael', 'Ely', 'Fae', 'Ith', 'Lia', 'Syl', 'Thal', 'Vae'], middles: ['la', 'ri', 'the', 'nae'], ends: ['ndril', 'wyn', 'riel', 'thas', 'nor', 'lis', 'dore'] },
  dwarf: { starts: ['Bal', 'Dur', 'Grim', 'Khar', 'Mor', 'Thor', 'Brun', 'Hild', 'Vond'], middles: ['a', 'i', 'u'], ends: ['din', 'gar', 'rik', 'dra', 'nak', 'grun', 'hild'] },
  halfling: { starts: ['Bel', 'Cor', 'Fen', 'Mer', 'Pip', 'Ros', 'Tob', 'Wil'], middles: ['a', 'i', 'o'], ends: ['ry', 'do', 'wick', 'pin', 'bell', 'lo', 'sie'] },
  gnome: { starts: ['Bim', 'Dab', 'Fon', 'Nim', 'Orr', 'Zook', 'Wren', 'Tink'], middles: ['ble', 'ri', 'na'], ends: ['sy', 'kin', 'dle', 'wick', 'bo', 'nix'] },
  'half-elf': { starts: ['Ael', 'Bren', 'Cor', 'Ely', 'Mar', 'Syl', 'Tam'], middles: ['a', 'e', 'ri'], ends: ['wyn', 'ric', 'lis', 'den', 'na', 'thas'] },
  'half-orc': { starts: ['Dench', 'Gor', 'Krusk', 'Mhur', 'Ront', 'Sha', 'Vol', 'Ug'], middles: ['a', 'u', 'o'], ends: ['ash', 'gul', 'rak', 'tha', 'mog', 'dra'] },
  tiefling: { starts: ['Ak', 'Bar', 'Dam', 'Kal', 'Mor', 'Nem', 'Ori', 'Za'], middles: ['a', 'e', 'ai'], ends: ['menos', 'thai', 'kas', 'lith', 'ria', 'zor'] },
  dragonborn: { starts: ['Ar', 'Bala', 'Dona', 'Ghe', 'Kri', 'Medr', 'Sora', 'Tor'], middles: ['ja', 'sha', 'ra'], ends: ['han', 'sar', 'ax', 'thix', 'rinn', 'kul'] },
};

const family: Record<Ancestry, SyllableTable> = {
  human: { starts: ['Ash', 'Black', 'Brook', 'Fair', 'Hill', 'Mill', 'Thorn', 'Wood'], middles: [''], ends: ['ford', 'wood', 'well', 'field', 'by', 'ton'] },
  elf: { starts: ['Amak', 'Galan', 'Ilphel', 'Liad', 'Siann', 'Xilo'], middles: [''], ends: ['iir', 'odel', 'on', 'ath', 'dra', 'scent'] },
  dwarf: { starts: ['Battle', 'Iron', 'Stone', 'Deep', 'Frost', 'Gold'], middles: [''], ends: ['hammer', 'fist', 'delve', 'beard', 'forge', 'shield'] },
  halfling: { starts: ['Brush', 'Good', 'Green', 'High', 'Tea', 'Under'], middles: [''], ends: ['gather', 'barrel', 'bottle', 'hill', 'leaf', 'bough'] },
  gnome: { starts: ['Beren', 'Daer', 'Folk', 'Garr', 'Nack', 'Tim'], middles: [''], ends: ['gasket', 'ner', 'kor', 'ick', 'bers', 'bletop'] },
  'half-elf': { starts: ['Ash', 'Galan', 'Hill', 'Siann', 'Thorn'], middles: [''], ends: ['odel', 'ford', 'dra', 'well', 'on'] },
  'half-orc': { starts: ['Bone', 'Skull', 'Red', 'Iron', 'Gut'], middles: [''], ends: ['splitter', 'tusk', 'crusher', 'hide', 'maw'] },
  tiefling: { starts: ['Hope', 'Sorrow', 'Ash', 'Ember', 'Vigil'], middles: [''], ends: ['', '', 'born', 'fall', 'song'] },
  dragonborn: { starts: ['Clethtin', 'Daardend', 'Kepesh', 'Myast', 'Ophin', 'Yarjer'], middles: [''], ends: ['thiallor', 'rian', 'kmolik', 'an', 'shtin', 'ixi'] },
};

/** A full name: a given name from the ancestry's sounds and, usually, a family or clan name. */
export function npcName(rng: Rng, ancestry: Ancestry): string {
  const first = nameFrom(rng, given[ancestry]);
  return rng.chance(0.8) ? `${first} ${nameFrom(rng, family[ancestry])}` : first;
}
