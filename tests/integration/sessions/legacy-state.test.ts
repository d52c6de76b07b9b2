import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { bestiary } from '@/lib/rules/bestiary';
import { spawnCreature } from '@/lib/rules/creature';
import { checkInvariants } from '@/lib/rules/invariants';
import type { RulesState } from '@/lib/rules/state';
import { legacySampleParty } from '@/tests/fixtures/legacy-characters';
import { storeState } from '@/tests/fixtures/session-state';

const dir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });

/**
 * The table as a session saved before sheets had builds stored it: the
 * sample party with hand-written numbers, Mira poisoned and hurt, Aldric
 * hurt, and a giant rat beside Mira.
 */
function legacyState(current: RulesState): unknown {
  const party = legacySampleParty.map((c, i) => ({
    ...c,
    position: current.party[i]?.position ?? null,
    ...(c.id === 'mira' ? { hp: 6, conditions: ['poisoned'] } : {}),
    ...(c.id === 'aldric' ? { hp: 7 } : {}),
  }));
  const mira = party[0]!.position!;
  const rat = spawnCreature(bestiary['giant-rat'], { id: 'old-rat', position: { x: mira.x + 1, y: mira.y } });
  return { ...current, party, creatures: [rat] };
}

async function storeLegacy(db: Database, sessionId: string, keepSnapshot: boolean): Promise<unknown> {
  const record = (await getSessionById(db, { id: sessionId }))!;
  const state = legacyState(record.state as RulesState);
  const snapshot = record.snapshot?.value as { context: { state: unknown } } | undefined;
  if (keepSnapshot && snapshot) snapshot.context.state = state;
  await storeState(db, sessionId, state, { snapshot: keepSnapshot ? snapshot : null });
  return state;
}

describe('a session saved before character sheets had builds', () => {
  for (const keepSnapshot of [false, true]) {
    it(`loads ${keepSnapshot ? 'from its snapshot' : 'from its stored state'}, plays an attack and a check, and keeps its hit points and conditions`, async () => {
      const db = await openPglite(dir);
      let runtime = await createRuntime(config, db);
      const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 5 });
      await runtime.sessions.settled(sessionId);
      await runtime.close();
      await storeLegacy(db, sessionId, keepSnapshot);

      runtime = await createRuntime(config, db);
      const loaded = (await runtime.sessions.view(sessionId)).state;
      const mira = loaded.party.find((c) => c.id === 'mira')!;
      expect(mira).toMatchObject({ hp: 6, conditions: ['poisoned'], className: 'Rogue', build: { abilities: { method: 'fixed' } } });
      expect(loaded.party.find((c) => c.id === 'aldric')).toMatchObject({ hp: 7, maxHp: 11, ac: 16 });

      await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I attack the giant rat with my rapier', idempotencyKey: 'legacy-attack' });
      await runtime.sessions.settled(sessionId);
      await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar for traps', idempotencyKey: 'legacy-search' });
      await runtime.sessions.settled(sessionId);

      const events = await listSessionEvents(db, { sessionId });
      const calls = events.flatMap((e) => (e.type === 'dm.narrated' ? e.data.toolCalls.filter((t) => t.ok).map((t) => t.toolName) : []));
      expect(calls).toEqual(expect.arrayContaining(['attack', 'ability_check']));
      const after = (await runtime.sessions.view(sessionId)).state;
      // Nothing cured the poison; Aldric may have healed her, within her derived maximum.
      const miraAfter = after.party.find((c) => c.id === 'mira')!;
      expect(miraAfter.conditions).toContain('poisoned');
      expect(miraAfter.hp).toBeLessThanOrEqual(miraAfter.maxHp);
      expect(checkInvariants(after)).toEqual([]);
      await runtime.close();
      await db.close();
    }, 90_000);
  }
});
