import type { BattleTerrain } from '@/lib/generator/battle/types';
import { pregens } from '@/lib/rules/pregens';
import type { CampaignSeed, Location } from './campaign';
import { completionStatus, type CampaignDraft } from './draft';
import { hazardFor } from './draft-hazards';

const terrainWords: Array<[BattleTerrain, RegExp]> = [
  ['cave', /\b(cave|cavern|grotto|mine|tunnel|underground)\b/i],
  ['forest', /\b(forest|wood|woods|grove|jungle|marsh|swamp)\b/i],
  ['town', /\b(town|village|city|market|harbou?r|port|street)\b/i],
  ['ruins', /\b(ruin|ruins|temple|shrine|tower|castle|keep|abbey)\b/i],
];

/** The kind of battle map a place's words suggest; dungeon halls when nothing else fits. */
export function terrainFor(text: string): BattleTerrain {
  return terrainWords.find(([, words]) => words.test(text))?.[0] ?? 'dungeon';
}

/** Foes waiting at each place after the first, growing with the journey; the villain waits at the last. */
const foesByStage = [['giant-rat', 'giant-rat'], ['goblin', 'goblin'], ['skeleton', 'zombie'], ['bandit', 'orc']] as const;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-|-$/g, '') || 'place';
}

/** Turns a finished draft into a campaign a table can play: each place in the style its words suggest, and whoever waits there. */
export function campaignFromDraft(draft: CampaignDraft, seed: number): CampaignSeed {
  if (!completionStatus(draft).readyToGenerate) throw new Error('The draft is not complete yet');
  const places = draft.locations!;
  const villain = draft.villain!;
  const idOf = (i: number) => `${i + 1}-${slug(places[i]!.title)}`;
  // The people of the draft wait where the story starts, telling the hooks that set it going.
  const people = (draft.npcs ?? []).slice(0, 6).map((npc, k) => ({
    id: `${k + 1}-${slug(npc.name)}`,
    name: npc.name,
    role: npc.role.slice(0, 120),
    tells: (draft.hooks ?? []).slice(k, k + 1).map((hook) => hook.slice(0, 300)),
  }));
  const locations: Location[] = places.map((place, i) => {
    const terrain = terrainFor(`${place.title} ${place.description}`);
    const last = i === places.length - 1;
    const foes: string[] = i === 0 ? [] : [...foesByStage[Math.min(i - 1, foesByStage.length - 1)]!];
    const creatures = foes.map((bestiaryId, k) => ({
      bestiaryId: last && k === foes.length - 1 ? 'orc' : bestiaryId,
      id: `${slug(place.title)}-${k + 1}`,
      name: last && k === foes.length - 1 ? villain.name : undefined,
      // Placed on the battle map when it arrives.
      position: null,
    }));
    return {
      scene: {
        locationId: idOf(i),
        mapStyle: terrain,
        title: place.title,
        description: place.description,
        dc: 12 + Math.min(i, 3),
        hazards: [hazardFor(place, terrain, last)],
        secret: last ? `${villain.name} is here: ${villain.description}` : '',
        exits: last ? [] : [{ id: 'way-on', name: places[i + 1]!.title.slice(0, 80), to: idOf(i + 1) }],
        people: i === 0 ? people : [],
      },
      // The Creative Generator draws each place's battle map when the party gets there.
      map: null,
      partyStart: [],
      creatures,
    };
  });
  const characters = pregens.slice(0, Math.min(draft.partySize!, pregens.length)).map((c, i) => ({ ...c, controller: i === 0 ? ('human' as const) : ('ai' as const) }));
  const summary = [draft.setting, `Tone: ${draft.tone}.`, `Villain: ${villain.name}, ${villain.description}.`, ...(draft.hooks ?? []).slice(0, 2)].join(' ');
  return {
    id: `${slug(draft.title!)}-${seed.toString(36)}`,
    title: draft.title!,
    summary: summary.slice(0, 2000),
    startLocationId: locations[0]!.scene.locationId!,
    locations,
    characters,
  };
}
