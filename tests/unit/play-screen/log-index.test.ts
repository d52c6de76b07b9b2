import { describe, expect, it } from 'vitest';
import { indexLog, rulingOf } from '@/app/(table)/sessions/[id]/_components/log-index';
import type { SessionEventData } from '@/lib/rules/session-log';
import { logged, tableState } from './fixtures';

const opening = tableState();
/** Later, the zombie has left the scene: only the log remembers it. */
const now = tableState({ creatures: [] });

function narrated(seq: number, turnId: string, patches: SessionEventData['dm.narrated']['patches']) {
  const data = { turnId, characterId: 'mira', text: 'So it goes.', checks: [], rolls: [], patches, toolCalls: [], rules: [], usage: null };
  return logged(seq, { type: 'dm.narrated', data });
}

const events = [
  logged(1, { type: 'session.started', data: { campaignTitle: 'Shrine', scene: opening.scene, initialState: opening } }),
  logged(2, { type: 'player.acted', data: { turnId: 't1', characterId: 'mira', characterName: 'Mira Thorne', controller: 'human', text: 'I swing at the zombie' } }),
  narrated(3, 't1', [{ op: 'character.hp', characterId: 'zombie', hp: 0 }, { op: 'character.dead', characterId: 'zombie', dead: true }]),
  logged(4, { type: 'player.acted', data: { turnId: 't2', characterId: 'mira', characterName: 'Mira Thorne', controller: 'human', text: 'I drink a potion' } }),
  narrated(5, 't2', [{ op: 'character.hp', characterId: 'mira', hp: 11 }, { op: 'creature.remove', creatureId: 'zombie' }]),
];

describe('indexLog', () => {
  it('finds the action each ruling resolved', () => {
    expect(indexLog(events, now).intents.get('t2')?.text).toBe('I drink a potion');
  });

  it('explains each ruling from the opening state on', () => {
    const { changes } = indexLog(events, now);
    expect(changes.get(3)).toEqual(['Zombie: Unhurt → Down', 'Zombie dies']);
    expect(changes.get(5)).toEqual(['Zombie leaves the scene']);
  });

  it('still names creatures that have left, from the opening state', () => {
    expect(indexLog(events, now).nameOf('zombie')).toBe('Zombie');
    expect(indexLog(events, now).nameOf('stranger')).toBe('stranger');
  });
});

describe('rulingOf', () => {
  it('reads rulings stored before tool calls, citations, usage and the memory sent were kept', () => {
    const old = { turnId: 't', characterId: 'mira', text: '', checks: [], rolls: [], patches: [] } as unknown as SessionEventData['dm.narrated'];
    expect(rulingOf(old)).toEqual({ toolCalls: [], rules: [], usage: null, context: [] });
  });
});
