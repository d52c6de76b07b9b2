import type { Cycle } from './voice';

/** The offline DM's flavour beyond a narration's opening: how it ends, and what it says when nothing can happen. */

/** The last words of a narration: the place breathing around the party. */
export const closings: Cycle = [
  'For a heartbeat, nothing moves.',
  'The light flickers, and the silence closes in again.',
  'Far off, something heavy shifts in the dark.',
  'A cold draught stirs, carrying a faint, distant sound.',
  '{Place} seems to hold its breath.',
  'Water drips somewhere in {place}.',
  'Shadows lean closer, then settle.',
  'Somewhere below, stone grinds on stone.',
  'The air of {place} tastes of dust and old things.',
  'A faint echo runs off into the dark and is gone.',
  'Nobody breathes easy just yet.',
  'The quiet that follows is not quite empty.',
];

/** Said when the party would move on with foes still standing. */
export const foesInTheWay: Cycle = [
  'Not while foes still stand in the way.',
  'The foes here will not simply let the party pass.',
  'There is no slipping past while enemies still stand.',
  'Enemies bar the way; the road on must wait.',
  'Going on would mean turning a back on foes still standing.',
  'Hostile eyes follow every step, and the way on stays shut.',
  'While enemies stand, nobody is going anywhere.',
  'The foes still stand between the party and the way on.',
  'First the fight, then the road.',
  'Leaving now would invite a blade in the back.',
  'The enemy holds the ground ahead.',
  'Whatever lies beyond, the foes here come first.',
];

/** Said when there is nowhere further to go. */
export const noWayOn: Cycle = [
  'There is no way on from here.',
  '{Place} leads nowhere further.',
  'Every wall of {place} is a dead end.',
  'The way ends here.',
  'No passage opens onward from {place}.',
  'Whatever the party seeks, it lies here and not further on.',
  'There is nowhere deeper to go.',
  'Every path here turns back on itself.',
  'This is as far as the way goes.',
  'No door, no stair, no tunnel leads on.',
  'Onward means nothing here.',
  'The only way out of {place} is back.',
];

/** Said when someone would fight and there is nobody to fight. */
export const nobodyToFight: Cycle = [
  'There is nothing here to fight.',
  'No foe stands to meet the blow.',
  'The blow finds only empty air.',
  'There is no enemy in sight.',
  'Nothing here answers the challenge.',
  'Steel is drawn against nothing at all.',
  'The shadows hold nobody to strike.',
  'Nobody here wants a fight.',
  'There is nobody to fight but the silence.',
  'The strike is wasted on the still air.',
  'No enemy shows itself.',
  'There is nothing to swing at.',
];

/** The cry as a fight begins, before the initiative order. */
export const fightBegins: Cycle = [
  'Steel rings out and the fight begins!',
  'Blades clear their sheaths: it is a fight!',
  'The fight is on!',
  'Everything moves at once!',
  'Battle is joined!',
  'The quiet breaks, and the fight begins!',
  'Weapons up: here they come!',
  'There is no talking now, only fighting!',
  'The first blow is coming!',
  'Shouts ring out as the fight erupts!',
  'It comes to blows!',
  'Steady now: the fight begins!',
];

/** Said when the fallen carry nothing to take. */
export const nothingOnTheFallen: Cycle = [
  'There is nothing on the fallen to take.',
  'The fallen carry nothing worth the taking.',
  'A search of the fallen turns up nothing.',
  'Whatever the fallen once had, it is gone.',
  'The dead give up nothing.',
  'Empty hands, empty pockets: the fallen hold nothing.',
  'Not so much as a copper lies on the fallen.',
  'The bodies have nothing left to give.',
  'Rags and bones, and nothing more.',
  'The search comes up empty.',
  'There is nothing to be had from the fallen.',
  'The fallen were poorer than anyone hoped.',
];

/** Said when the thing someone would search is not here. */
export const nothingToSearch: Cycle = [
  'There is nothing like that here to search.',
  'Nothing here answers to that.',
  'No such thing is here to open.',
  'A look around finds nothing of the kind.',
  'Whatever it was, it is not here.',
  'There is no such thing in {place}.',
  'The search finds nothing like it.',
  '{Place} holds nothing of that sort.',
  'Nothing of the kind waits to be searched.',
  'No such thing turns up, however hard anyone looks.',
  'There is nothing by that name to go through.',
  'That is nowhere to be found here.',
];

/** Said when someone would trade and nobody here sells. */
export const nobodyTrades: Cycle = [
  'Nobody here has anything to trade.',
  'There is no merchant here to deal with.',
  'No trader waits in {place}.',
  'Coin is no use here: nobody is selling.',
  'Nobody here is buying or selling.',
  'There is no market in {place}.',
  'Not a single trader in sight.',
  'The purse stays shut: there is nobody to pay.',
  'Trade will have to wait for friendlier company.',
  'Nobody here keeps a shop.',
  'No one answers the offer of coin.',
  'Whatever is wanted, nobody here sells it.',
];

/** How a quick movement is made, closing a sentence that names it: "Kestrel drops flat, without a sound." */
export const manners: Cycle = [
  'quick as thought',
  'without a sound',
  'eyes never leaving the foe',
  'breathing hard',
  'jaw set',
  'heart pounding',
  'wary of every shadow',
  'in one smooth motion',
  'with a grunt',
  'half a breath later',
  'teeth gritted',
  'as the others watch',
];
