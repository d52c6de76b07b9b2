import type { Runtime } from '@/lib/runtime/runtime';
import type { RulesState } from '@/lib/rules/state';

/** Where the scripted player means to go from each place, in its own words. */
const wayOn: Record<string, string> = {
  nave: 'We take the spiral stair down.',
  steps: 'We go through the crypt door.',
  crypt: 'We follow the flooded passage toward the bells.',
};

/** Things a curious player does once at each place before moving on. */
const curious: Record<string, string[]> = {
  nave: ['I ask Old Marrow about the bells.', 'I open the offering box.'],
  crypt: ['I search the burial niches.'],
};

/**
 * What a person playing Mira types next, in plain words, from what the
 * table shows them: fight what stands, drink a potion when badly hurt, rest
 * when the party is worn between fights (a long rest before the climax), look around a little, press on, and at the end
 * try to silence the great bell.
 */
export function nextWords(state: RulesState, me: string, done: Set<string>): string {
  const mira = state.party.find((c) => c.id === me)!;
  const hurt = mira.hp / mira.maxHp;
  const potion = mira.inventory.some((s) => s.item === 'potion-of-healing-common');
  const foes = state.creatures.filter((c) => c.hostile && !c.dead && c.hp > 0);
  if (state.combat || foes.length) {
    if (hurt <= 0.4 && potion) return 'I drink my potion of healing.';
    return `I attack the ${foes[0]?.name ?? 'nearest foe'}.`;
  }
  const party = state.party.filter((c) => !c.dead);
  // A dying friend is seen to first; nobody presses on leaving one senseless on the floor.
  const dying = party.find((c) => c.hp === 0 && !c.stable && c.id !== me);
  if (dying && mira.hp > 0) return `I kneel beside ${dying.name} and tend to their wounds.`;
  if (party.some((c) => c.hp === 0)) return 'We make camp and take a long rest.';
  const worn = party.some((c) => c.hp / c.maxHp < 0.6);
  if (worn && !done.has(`rest@${state.scene.locationId}`)) {
    done.add(`rest@${state.scene.locationId}`);
    // Before the climax a careful party sleeps; elsewhere an hour and a hit die will do.
    return state.scene.locationId === 'crypt' ? 'We bar the crypt door and take a long rest before facing the bells.' : 'We take a short rest, and I spend a hit die.';
  }
  const place = state.scene.locationId;
  const next = (curious[place] ?? []).find((words) => !done.has(words));
  if (next) {
    done.add(next);
    return next;
  }
  return wayOn[place] ?? 'I jam the great bell’s clapper with my dagger to silence it.';
}

export type Playthrough = { seed: number; completed: boolean; actions: number; place: string; why?: string };

/**
 * One seeded playthrough of the sample adventure through the whole table
 * (bus, agents, offline DM and AI players, rules, database): the scripted
 * player acts whenever the table waits for them, until the adventure's
 * ending or `maxActions`.
 */
export async function playThrough(runtime: Runtime, seed: number, maxActions: number): Promise<Playthrough> {
  const me = 'mira';
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed });
  const done = new Set<string>();
  let actions = 0;
  for (;;) {
    await runtime.sessions.settled(sessionId);
    const { state, status } = await runtime.sessions.view(sessionId);
    const place = state.scene.locationId;
    if (state.story.ending) return { seed, completed: true, actions, place };
    const mira = state.party.find((c) => c.id === me)!;
    if (mira.dead) return { seed, completed: false, actions, place, why: 'Mira died' };
    if (state.party.every((c) => c.dead || c.hp === 0)) return { seed, completed: false, actions, place, why: 'the party fell' };
    if (actions >= maxActions) return { seed, completed: false, actions, place, why: `no ending within ${maxActions} actions` };
    const waitingFor = status.characterId ?? me;
    if (waitingFor !== me) return { seed, completed: false, actions, place, why: `the table waits for ${waitingFor}` };
    await runtime.sessions.submit(sessionId, { characterId: me, text: nextWords(state, me, done), idempotencyKey: crypto.randomUUID() });
    actions += 1;
  }
}
