// The planted facts and oblique probes of `npm run eval -- memory`, generated from a seed, and the
// transcript file format it also reads (README, "Memory eval").
import { readFileSync } from 'node:fs';
import { MersenneTwister19937, Random } from 'random-js';
import { z } from 'zod';

/** A fact the DM narrates at some turn, and a later action that refers to it without its words. */
export type PlantedCase = { fact: string; probe: string };

/** A transcript: narrations played in order (each answering a filler action), then probes. */
export const transcriptSchema = z.object({
  turns: z.array(z.object({ narration: z.string().min(1).max(2000) })).min(1).max(20_000),
  probes: z.array(z.object({ action: z.string().min(1).max(500), expect: z.string().min(1).max(600) })).min(1).max(5_000),
});
export type Transcript = z.infer<typeof transcriptSchema>;

const FIRST = ['Maren', 'Tobin', 'Ysolde', 'Garrick', 'Hesper', 'Corwin', 'Ilsa', 'Bram', 'Odile', 'Fenwick', 'Sabine', 'Alaric', 'Wren', 'Dunstan', 'Elowen', 'Piers', 'Rowena', 'Quill', 'Talia', 'Ulric'];
const LAST = ['Ashgrove', 'Blackwater', 'Coldbrook', 'Dunmore', 'Everhart', 'Fallowmere', 'Greystone', 'Hollins', 'Ironwood', 'Kettering'];
const ROLES = ['innkeeper’s daughter', 'ferryman', 'blind cartographer', 'temple sexton', 'river smuggler', 'apothecary', 'bell-founder', 'night watchman', 'goose-girl', 'retired duellist', 'lamplighter', 'tithe collector', 'chandler', 'gravedigger', 'wandering tinker', 'falconer', 'miller’s widow', 'reeve', 'scribe of the archive', 'toll keeper'];
const THINGS = ['silver chalice', 'brass astrolabe', 'bone flute', 'sealed ledger', 'jade comb', 'iron lantern', 'pewter locket', 'oak reliquary', 'glass eye', 'copper key', 'velvet glove', 'saltstone ring', 'tin soldier', 'amber brooch', 'horn cup'];
const PLACES = ['Weeping Mill', 'Gallows Ford', 'Lantern Quay', 'Saltmarsh Chapel', 'Crooked Stair', 'Owl Tower', 'Drowned Orchard', 'Pike Bridge', 'Hollow Barrow', 'Tanner’s Row'];
const MARKS = ['three-pronged crown', 'broken wheel', 'weeping eye', 'coiled eel', 'black sun', 'split antler', 'crossed oars', 'hanging bell'];
const SURFACES = ['chapel door', 'well cover', 'bridge railing', 'crypt lintel', 'mill wheel', 'tavern sign', 'boat hull', 'milestone'];
const FACTIONS = ['Order of the Lamp', 'Saltmarsh Brotherhood', 'Circle of Thorns', 'Guild of Ferrymen', 'Grey Council'];

/** The templates: what the DM says, and how a player later comes back to it by role, thing or place. */
const TEMPLATES: Array<(r: Random) => PlantedCase> = [
  (r) => {
    const [a, role, b, role2, n] = [name(r), r.pick(ROLES), name(r), r.pick(ROLES), r.integer(5, 90)];
    return { fact: `${a}, the ${role}, admits that her brother owes ${n} silver to ${b} the ${role2}.`, probe: `I ask the ${role} about her brother's debt` };
  },
  (r) => {
    const [a, role, thing, place] = [name(r), r.pick(ROLES), r.pick(THINGS), r.pick(PLACES)];
    return { fact: `You promise ${a}, the ${role}, to bring the ${thing} back to ${place} before the new moon.`, probe: `I remind the ${role} that we keep our promise about the ${thing}` };
  },
  (r) => {
    const [mark, surface, a, thing] = [r.pick(MARKS), r.pick(SURFACES), name(r), r.pick(THINGS)];
    return { fact: `Scratched into the ${surface} is a ${mark}, the same mark as on ${a}'s ${thing}.`, probe: `I look again at the ${mark} scratched on the ${surface}` };
  },
  (r) => {
    const [a, place, faction] = [name(r), r.pick(PLACES), r.pick(FACTIONS)];
    return { fact: `The keeper of ${place} is called ${a}, and he secretly pays the ${faction}.`, probe: `I ask the keeper of ${place} who he pays` };
  },
  (r) => {
    const [a, role, thing, word] = [name(r), r.pick(ROLES), r.pick(THINGS), r.pick(['Vesper', 'Nightfall', 'Anchor', 'Ember', 'Marrow', 'Gallant'])];
    return { fact: `${a}, the ${role}, hands you a ${thing} engraved with the word ${word}.`, probe: `I read the engraving on the ${thing} the ${role} gave me` };
  },
];

function name(r: Random): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

/**
 * `count` planted facts, each with a probe that is answerable from that
 * fact alone: a probe's way of referring (a role, a thing, a place) is
 * never reused by another case, so a miss is the memory's, not the set's.
 */
export function plantedCases(count: number, seed: number): PlantedCase[] {
  const r = new Random(MersenneTwister19937.seed(seed));
  const cases: PlantedCase[] = [];
  const probes = new Set<string>();
  for (let tries = 0; cases.length < count && tries < count * 200; tries++) {
    const planted = TEMPLATES[tries % TEMPLATES.length]!(r);
    const key = planted.probe.toLowerCase().replace(/\b(i|the|a|we|our|that|about|me|on|who|he|her|of)\b/g, '').replace(/\s+/g, ' ');
    if (probes.has(key)) continue;
    probes.add(key);
    cases.push(planted);
  }
  return cases;
}

export function readTranscript(file: string): Transcript {
  const parsed = transcriptSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a memory transcript: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
