import { gameStateSchema, type RulesState } from '@/lib/rules/state';
import type { SessionEvent } from '@/lib/rules/session-log';

const abilities = { str: 10, dex: 14, con: 12, int: 10, wis: 13, cha: 8 };

/**
 * A small table: Mira (human), Kestrel (AI) and a zombie, out of a fight.
 * The characters are written the way sheets were stored before builds;
 * their hit points are the SRD's for level 1 (d10 + CON 12's +1 = 11).
 */
export function tableState(overrides: Partial<RulesState> = {}): RulesState {
  return gameStateSchema.parse({
    scene: { title: 'The Sunken Shrine', description: 'Water drips.', dc: 13, hazardDamage: '1d6', secret: 'a trap' },
    party: [
      { id: 'mira', name: 'Mira Thorne', ancestry: 'Human', className: 'Fighter', level: 1, controller: 'human', maxHp: 11, ac: 16, abilities, hp: 11, conditions: [] },
      { id: 'kestrel', name: 'Kestrel', ancestry: 'Elf', className: 'Ranger', level: 1, controller: 'ai', maxHp: 11, ac: 14, abilities, hp: 11, conditions: [] },
    ],
    creatures: [{ id: 'zombie', name: 'Zombie', challenge: 0.25, maxHp: 20, ac: 8, abilities, hp: 20, conditions: [] }],
    seed: 1,
    rollCount: 0,
    round: 0,
    ...overrides,
  });
}

/** Stamps a sequence number and time on an event, as the log does on commit. */
export function logged<E extends Omit<SessionEvent, 'seq' | 'createdAt'>>(seq: number, event: E): E & { seq: number; createdAt: string } {
  return { ...event, seq, createdAt: '2026-01-01T00:00:00.000Z' };
}
