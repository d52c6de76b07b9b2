import { MersenneTwister19937, Random } from 'random-js';
import { hashText } from '@/lib/generator/rng';
import { properNames } from '@/lib/memory/sentences';
import type { CampaignDraft } from './draft';
import { understandAnswer } from './draft-understanding';
import { THEMES, type Theme } from './premise-themes';

const FIRST = ['Morwen', 'Idris', 'Sabine', 'Corvin', 'Ysolde', 'Bram', 'Hesper', 'Alaric', 'Odile', 'Garrick', 'Wren', 'Tobin', 'Ilsa', 'Fenwick', 'Rowena', 'Ulric'];
const LAST = ['Ashgrove', 'Blackwater', 'Coldbrook', 'Dunmore', 'Greystone', 'Hollins', 'Ironwood', 'Kettering', 'Marsh', 'Vane'];
/** Theme words that describe rather than name a thing. */
const DESCRIBING = new Set(['frozen', 'icy', 'cold', 'undead', 'wild', 'elven', 'fey', 'gothic', 'north', 'northern', 'coastal', 'faerie']);
const STOP = new Set('a an the and or but of in on at to for with from by into over under about who whom whose which that this these those is are was were be been being it its their there they them he she his her we our you your i my as when while where what'.split(' '));

/** The premise's own key word, to keep the draft about it: a theme word it uses, else its longest word. */
function keyword(premise: string, theme: Theme): string {
  // A thing rather than a description: "the abbey", not "the cursed".
  const themed = [...premise.matchAll(new RegExp(theme.words.source, 'gi'))].map((m) => m[0].toLowerCase());
  const thing = themed.find((w) => !/(ed|ing)$/.test(w) && !DESCRIBING.has(w));
  if (thing && theme.id !== 'heroic') return `the ${thing}`;
  const words = premise.toLowerCase().match(/[a-z’'-]{4,}/g)?.filter((w) => !STOP.has(w) && !DESCRIBING.has(w) && !/(ed|ing|ly)$/.test(w)) ?? [];
  const longest = words.sort((a, b) => b.length - a.length)[0];
  return longest ? `the ${longest}` : 'an old evil';
}

function titled(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * A whole campaign draft from one sentence, without a model: the premise's
 * words choose a theme (gothic stays gothic, the sea stays the sea) and seed
 * its tables, so the same premise always gives the same draft. What the
 * premise says outright (a villain, the party's size, a level, a title)
 * wins over what the tables would choose.
 */
export function draftFromPremise(premise: string, seed = 0): CampaignDraft {
  const clean = premise.trim().replace(/\s+/g, ' ').slice(0, 400);
  const theme = THEMES.find((t) => t.words.test(clean))!;
  // The same premise (whatever its case and spacing) always gives the same draft.
  const r = new Random(MersenneTwister19937.seed(hashText(clean.toLowerCase(), seed)));
  const key = keyword(clean, theme);
  const named = properNames(clean)[0];
  const villainName = named ?? `${r.pick(theme.villainTitles)} ${r.pick(FIRST)}`.replace(/^the (\w)/, (_, c: string) => `The ${c}`);
  const placeCount = r.integer(4, 6);
  // The journey keeps the theme's order: the start, the road, the dangers, the villain's hall last.
  const middle = r.shuffle(theme.places.slice(1, -1)).slice(0, placeCount - 2);
  const places = [theme.places[0]!, ...theme.places.slice(1, -1).filter((p) => middle.includes(p)), theme.places.at(-1)!];
  const people = r.sample(theme.roles, 3).map((role) => ({ name: `${r.pick(FIRST)} ${r.pick(LAST)}`, role }));
  const generated: CampaignDraft = {
    tone: r.pick(theme.tone),
    setting: `${clean} ${r.pick(theme.settings).replace('{w}', key)}`.slice(0, 600),
    villain: { name: villainName.slice(0, 80), description: `${r.pick(theme.motives)}; it all turns on ${key}.`.slice(0, 600) },
    factions: r.sample(theme.factions, 2).map(([name, goal]) => ({ name, goal })),
    locations: places.map(([title, description]) => ({ title, description })),
    npcs: people,
    hooks: [`It begins with this: ${clean}`.slice(0, 300), r.pick(theme.hooks)],
    startingLevel: 1,
    partySize: 3,
    title: `${titled(key)} of ${villainName.split(' ').at(-1)}`.slice(0, 120),
  };
  const said = understandAnswer(clean, undefined) ?? {};
  return { ...generated, ...said, setting: generated.setting };
}
