import { expect, test } from '@playwright/test';
import { openTable, person, refused } from './api-steps';

/** A level 1 human wizard as the builder sends it. */
function wizard(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Ilsa Vantreck',
    build: {
      level: 1,
      ancestry: { id: 'human' },
      class: { id: 'wizard', skills: ['arcana', 'history'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 8, dex: 14, con: 13, int: 15, wis: 12, cha: 10 } },
    },
    equipment: { class: [{ option: 0 }, { option: 0 }, { option: 0 }], background: [{ option: 0, items: ['amulet'] }] },
    spells: {
      cantrips: ['fire-bolt', 'light', 'mage-hand'],
      known: ['magic-missile', 'shield', 'sleep', 'burning-hands', 'mage-armor', 'detect-magic'],
      prepared: ['magic-missile', 'shield', 'sleep', 'burning-hands'],
    },
    ...overrides,
  };
}

test("characters are their builder's: strangers, other people and builds the rules refuse are turned away with reasons", async ({ baseURL }) => {
  const anonymous = await person(baseURL!, null);
  const alice = await person(baseURL!, 'Alice');
  const bob = await person(baseURL!, 'Bob');

  await refused(await anonymous.get('/api/characters'), 401, /Sign in first/);
  await refused(await anonymous.post('/api/characters/rolls'), 401, /Sign in first/);
  await refused(await anonymous.post('/api/characters/preview', { data: wizard() }), 401, /Sign in first/);

  // Each refusal names what is wrong.
  await refused(await alice.post('/api/characters', { data: { name: 'No build' } }), 400, /^build/);
  await refused(await alice.post('/api/characters', { data: wizard({ spells: { cantrips: ['fire-bolt', 'light', 'mage-hand', 'ray-of-frost'] } }) }), 400, /knows 3 cantrips, not 4/);
  await refused(await alice.post('/api/characters', { data: wizard({ name: '' }) }), 400, /Still to choose: Give your character a name/);
  const rolled = (await (await alice.post('/api/characters/rolls')).json()) as { rolls: Array<{ total: number }>; token: string };
  const forged = wizard();
  forged.build.abilities = { method: 'rolled', scores: { str: 18, dex: 18, con: 18, int: 18, wis: 18, cha: 18 }, rolls: rolled.rolls } as never;
  await refused(await alice.post('/api/characters', { data: { ...forged, rollToken: rolled.token } }), 400, /rules refuse|six the table rolled/);
  const [str, dex, con, int, wis, cha] = rolled.rolls.map((r) => r.total);
  const borrowed = wizard();
  borrowed.build.abilities = { method: 'rolled', scores: { str, dex, con, int, wis, cha }, rolls: rolled.rolls } as never;
  await refused(await bob.post('/api/characters', { data: { ...borrowed, rollToken: rolled.token } }), 400, /not a set the table rolled for you/);

  const created = await alice.post('/api/characters', { data: wizard() });
  expect(created.status(), await created.text()).toBe(201);
  const { character } = await created.json();
  expect((await (await alice.get('/api/characters')).json()).characters).toHaveLength(1);
  expect((await (await bob.get('/api/characters')).json()).characters).toHaveLength(0);
  await refused(await bob.get(`/api/characters/${character.id}`), 403, /belongs to someone else/);
  await refused(await bob.put(`/api/characters/${character.id}`, { data: wizard() }), 403, /belongs to someone else/);
  await refused(await bob.delete(`/api/characters/${character.id}`), 403, /belongs to someone else/);
  await refused(await alice.get('/api/characters/not-a-character'), 404, /There is no character/);

  // Nobody brings another's character; once at a table, a character is no longer rebuilt.
  const table = await openTable(alice);
  await refused(await bob.post('/api/sessions', { data: { campaignId: 'sunken-shrine', characterId: character.id } }), 403, /belongs to someone else/);
  const withIlsa = await alice.post('/api/sessions', { data: { campaignId: 'sunken-shrine', characterId: character.id } });
  expect(withIlsa.status(), await withIlsa.text()).toBe(201);
  await refused(await alice.put(`/api/characters/${character.id}`, { data: wizard() }), 409, /plays at a table now/);
  const sheet = await alice.get(`/api/sessions/${(await withIlsa.json()).sessionId}/characters/mira/sheet`);
  expect((await sheet.json()).sheet).toMatchObject({ name: 'Mira Thorne', controller: 'ai' });
  await refused(await bob.get(`/api/sessions/${table}/characters/mira/sheet`), 403, /not at this table|sit at/);
});
