/**
 * The procedural tables a premise draws a draft from, one set per theme: a
 * gothic premise gets gothic places, people and foes' haunts, a sea premise
 * the coast. `{w}` in a line is filled with a word from the premise itself.
 */
export type Theme = {
  id: string;
  /** Words that choose this theme when the premise uses them. */
  words: RegExp;
  tone: string[];
  settings: string[];
  villainTitles: string[];
  motives: string[];
  factions: Array<[string, string]>;
  /** Places as [title, description]; descriptions name a danger, which becomes the place's hazard. */
  places: Array<[string, string]>;
  roles: string[];
  hooks: string[];
};

export const THEMES: Theme[] = [
  {
    id: 'gothic',
    words: /\b(gothic|abbey|cathedral|vampires?|curse[ds]?|haunt\w*|ghosts?|graves?|crypts?|tolls?|bells?|undead|dread|nuns?|monks?|candles?|mist)\b/i,
    tone: ['gothic and dread-soaked', 'grim, candle-lit and mournful', 'eerie and gothic, with a thread of hope'],
    settings: ['A fog-bound valley of abbeys and graveyards, where {w} is spoken of only in whispers.', 'A cursed diocese of crooked chapels and drowned crypts, bound up with {w}.'],
    villainTitles: ['Abbess', 'Count', 'Prior', 'Lady', 'the Pale Bishop'],
    motives: ['wants the dead to rise and kneel to them', 'seeks to bind the valley to an undying vow', 'hungers for the souls the bells once guarded'],
    factions: [['The Order of the Last Candle', 'keep the old wards lit'], ['The Hollow Choir', 'wake what sleeps beneath the abbey'], ['The Gravewardens', 'bury the dead before they walk']],
    places: [
      ['The Mourning Village', 'a huddle of shuttered houses where the bells toll at dusk'],
      ['The Lychgate Road', 'a sunken lane between leaning graves, its ground collapsing into old pits'],
      ['The Bone Chapel', 'a chapel walled with skulls, thick with poisonous incense fumes'],
      ['The Flooded Crypt', 'drowned vaults where a cold current pulls at the ankles'],
      ['The Bell Tower', 'a cracked tower above a sheer drop, its great bell silent'],
      ['The Abbey Undercroft', 'the heart of the curse, lit by unholy fire'],
    ],
    roles: ['a gravedigger who hears voices', 'a novice who fled the abbey', 'a bell-ringer missing two fingers', 'an innkeeper who bars the door at dusk'],
    hooks: ['The bells have begun to toll on their own, and each time someone in the village dies.', 'A novice begs the party to carry a sealed letter into the abbey.'],
  },
  {
    id: 'sea',
    words: /\b(sea|coast\w*|ships?|pirates?|island|harbou?r|tides?|drowned|shipwreck|sailors?|storm|reef|fishing)\b/i,
    tone: ['salt-stung and adventurous', 'grim and storm-tossed', 'swashbuckling, with a cold deep beneath'],
    settings: ['A storm-wracked coast of fishing villages and wrecks, where {w} shapes every tide.', 'A scatter of islands on a grey sea, bound by old debts to {w}.'],
    villainTitles: ['Captain', 'the Tide-Witch', 'Admiral', 'Mother'],
    motives: ['wants the sea to take back the land', 'seeks the drowned crown that commands the tides', 'means to sink every ship that will not pay'],
    factions: [['The Lantern Guild', 'keep the lighthouses burning'], ['The Drowned Choir', 'wake the thing in the deep'], ['The Free Captains', 'rule the sea lanes']],
    places: [
      ['The Harbour Town', 'a town on stilts above the grey water'],
      ['The Kelp Caves', 'sea caves where the tide floods in with a strong current'],
      ['The Wreck of the Gannet', 'a broken hull on the reef, its planks collapsing underfoot'],
      ['The Smugglers’ Stair', 'a cliff path above a sheer drop to the rocks'],
      ['The Sunken Temple', 'a temple half under the tide, its shrine room flooded'],
      ['The Drowned Throne', 'the deepest hall, where the tide answers its master'],
    ],
    roles: ['a retired smuggler', 'the harbour master', 'a fisherman’s widow', 'a lighthouse keeper'],
    hooks: ['Ships vanish on calm nights, and the lighthouse keeper swears the light was lit.', 'A map of the reef washes ashore in a sealed bottle.'],
  },
  {
    id: 'forest',
    words: /\b(forest|woods?|fey|faerie|druids?|elves|elven|wolves|grove|hunt\w*|wild)\b/i,
    tone: ['fey and uncanny', 'wild and dangerous', 'bright on the surface, old and cruel beneath'],
    settings: ['An ancient forest where the fey still keep their bargains, and {w} has woken something old.', 'A wild borderland of groves and standing stones, troubled by {w}.'],
    villainTitles: ['the Thorn Queen', 'Warden', 'the Antlered Lord', 'Old Mother'],
    motives: ['wants the woods to swallow the villages', 'seeks to break the oldest bargain of the fey', 'hunts the last heirs of the forest’s oath'],
    factions: [['The Circle of Thorns', 'keep the old bargains'], ['The Woodcutters’ Guild', 'clear the forest for good'], ['The Wild Hunt', 'ride on the longest night']],
    places: [
      ['The Edge Village', 'a palisaded village at the forest’s edge'],
      ['The Thorn Road', 'a path hemmed by thorny thickets and snares'],
      ['The Standing Stones', 'a ring of stones on a hill above a ravine'],
      ['The Rotting Glade', 'a clearing choked with poisonous spores'],
      ['The Hollow Oak', 'a vast hollow tree with a pit beneath its roots'],
      ['The Fey Court', 'a glade where the veil is thin and the light is wrong'],
    ],
    roles: ['a hedge witch', 'a woodcutter who lost his son', 'a druid of the old circle', 'a poacher who knows the paths'],
    hooks: ['Children have walked into the woods singing, and none came back.', 'A hunter brings back an antler carved with a summons.'],
  },
  {
    id: 'frost',
    words: /\b(frozen|ice|icy|snow|winter|north\w*|glacier|frost|tundra|cold)\b/i,
    tone: ['bleak and bitter', 'grim, with warm hearths against the dark', 'epic and wind-scoured'],
    settings: ['A frozen north of long nights and longer memories, where {w} has not been seen for a hundred winters.', 'A snowbound pass between two kingdoms, buried under {w}.'],
    villainTitles: ['the Winter King', 'Jarl', 'the Rime Witch', 'Skald'],
    motives: ['wants an endless winter', 'seeks the heart of the glacier', 'means to freeze the pass and starve the south'],
    factions: [['The Hearthkeepers', 'keep the beacon fires burning'], ['The Frostbound', 'serve the endless winter'], ['The Salt Traders', 'keep the pass open for coin']],
    places: [
      ['The Longhouse', 'a smoky hall at the foot of the pass'],
      ['The Frozen Lake', 'a lake of thin, creaking ice'],
      ['The Ice Caves', 'caverns of blue ice where rockfalls thunder'],
      ['The High Pass', 'a narrow ledge above a chasm'],
      ['The Buried Barrow', 'an old king’s tomb under the snow'],
      ['The Glacier’s Heart', 'a frozen hall where the cold itself is alive'],
    ],
    roles: ['a one-eyed skald', 'a trapper who saw the lights', 'the jarl’s daughter', 'a healer who keeps the sick alive'],
    hooks: ['The beacon on the pass went dark, and the caravan behind it never arrived.', 'A frozen messenger is found clutching a rune-stone.'],
  },
  {
    id: 'heroic',
    words: /./,
    tone: ['heroic and hopeful', 'adventurous, with danger behind every door', 'bold and bright, with a dark turn'],
    settings: ['A frontier kingdom of old roads and older ruins, where {w} troubles the borderlands.', 'A river valley of market towns and forgotten keeps, shadowed by {w}.'],
    villainTitles: ['Baron', 'the Red Sorcerer', 'Warlord', 'the Masked Duke'],
    motives: ['wants the crown for themselves', 'seeks the buried power of the old kings', 'means to set the valley’s towns against each other'],
    factions: [['The Free Companies', 'sell their swords to the highest bidder'], ['The Temple of the Dawn', 'protect the pilgrims’ roads'], ['The Iron Syndicate', 'control every mine and market']],
    places: [
      ['The Market Town', 'a busy town of timber houses and quarrelsome guilds'],
      ['The Old Road', 'a broken road through bandit country, its bridges collapsing'],
      ['The Goblin Warrens', 'tunnels full of snares and darts'],
      ['The Burning Mill', 'a mill still smouldering with fire from a raid'],
      ['The Ruined Keep', 'a keep above the river, its walls crumbling'],
      ['The Throne Vault', 'the sealed vault where the old crown lies'],
    ],
    roles: ['a retired adventurer who runs the inn', 'a merchant with a secret', 'a young knight errant', 'a temple healer'],
    hooks: ['A caravan was taken on the Old Road, and its owner will pay well for what it carried.', 'The town’s reeve asks the party to find his missing scouts.'],
  },
];
