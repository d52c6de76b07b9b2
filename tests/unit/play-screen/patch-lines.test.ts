import { describe, expect, it } from 'vitest';
import { ledgerFrom, openWith } from '@/app/(table)/sessions/[id]/_components/ledger';
import { describePatches } from '@/app/(table)/sessions/[id]/_components/patch-lines';
import type { Terrain } from '@/lib/rules/grid';
import type { StatePatch } from '@/lib/rules/patches';
import { tableState } from './fixtures';

const state = tableState();
/** A ledger that has seen the opening state: everyone's numbers are known. */
const opened = openWith(ledgerFrom(state), state);
const turn = { movementUsed: 0, movementBonus: 0, actionUsed: false, bonusActionUsed: false, attacksLeft: 0 };

function lines(patches: StatePatch[], ledger = opened): string[] {
  return describePatches(ledger, patches).lines;
}

describe('describePatches', () => {
  it('says a one-shot trap has gone off, by its id in words', () => {
    expect(lines([{ op: 'scene.hazardSprung', hazardId: 'poison-needle' }])).toEqual(['The poison needle has gone off, and will not again']);
  });

  it('shows a party member losing hit points, before and after', () => {
    expect(lines([{ op: 'character.hp', characterId: 'mira', hp: 7 }])).toEqual(['Mira Thorne: HP 11 → 7']);
  });

  it('says only the new value when the log has not shown the old one', () => {
    expect(lines([{ op: 'character.hp', characterId: 'mira', hp: 7 }], ledgerFrom(state))).toEqual(['Mira Thorne: HP now 7']);
  });

  it('describes a foe by how hurt it looks, never by its hit points', () => {
    expect(lines([{ op: 'character.hp', characterId: 'zombie', hp: 9 }])).toEqual(['Zombie: Unhurt → Bloodied']);
    expect(
      lines([
        { op: 'character.hp', characterId: 'zombie', hp: 18 },
        { op: 'character.hp', characterId: 'zombie', hp: 15 },
      ]),
    ).toEqual(['Zombie: Unhurt → Wounded', 'Zombie: still Wounded']);
  });

  it('carries what it learns from one patch to the next', () => {
    const patches: StatePatch[] = [
      { op: 'character.hp', characterId: 'mira', hp: 7 },
      { op: 'character.hp', characterId: 'mira', hp: 3 },
    ];
    expect(lines(patches)).toEqual(['Mira Thorne: HP 11 → 7', 'Mira Thorne: HP 7 → 3']);
  });

  it('names conditions gained and lost', () => {
    const step = describePatches(opened, [{ op: 'character.conditions', characterId: 'zombie', conditions: ['prone', 'poisoned'] }]);
    expect(step.lines).toEqual(['Zombie knocked prone', 'Zombie is poisoned']);
    expect(describePatches(step.ledger, [{ op: 'character.conditions', characterId: 'zombie', conditions: ['poisoned'] }]).lines).toEqual([
      'Zombie is no longer prone',
    ]);
  });

  it('tells a fall to 0 hit points in plain words', () => {
    const patches: StatePatch[] = [
      { op: 'character.hp', characterId: 'kestrel', hp: 0 },
      { op: 'character.conditions', characterId: 'kestrel', conditions: ['unconscious', 'prone'] },
      { op: 'character.deathSaves', characterId: 'kestrel', successes: 0, failures: 0, stable: false },
    ];
    expect(lines(patches)).toEqual(['Kestrel: HP 11 → 0', 'Kestrel falls unconscious', 'Kestrel knocked prone']);
  });

  it('starts a fight, announces turns and leaves out what a player never sees', () => {
    const step = describePatches(opened, [
      { op: 'session.rollCount', rollCount: 3 },
      { op: 'combat.start', order: [{ id: 'kestrel', initiative: 18 }, { id: 'zombie', initiative: 9 }] },
      { op: 'session.round', round: 1 },
    ]);
    expect(step.lines).toEqual(['Combat started: round 1', 'Initiative: Kestrel 18, Zombie 9']);
    const acted = describePatches(step.ledger, [
      { op: 'combat.turn', round: 1, turnIndex: 0, turn: { ...turn, actionUsed: true } },
      { op: 'combat.turn', round: 1, turnIndex: 1, turn },
      { op: 'combat.turn', round: 2, turnIndex: 0, turn },
      { op: 'combat.end' },
    ]);
    expect(acted.lines).toEqual(['Kestrel uses their action', "Round 1: Zombie's turn", "Round 2: Kestrel's turn", 'Combat ended']);
    expect(acted.ledger.combat).toBeNull();
  });

  it('knows creatures from the moment they appear, and their names after they leave', () => {
    const add: StatePatch = { op: 'creature.add', creature: { ...state.creatures[0]!, id: 'ghoul', name: 'Ghoul', hp: 22, maxHp: 22 } };
    const step = describePatches(ledgerFrom(state), [add, { op: 'character.hp', characterId: 'ghoul', hp: 4 }, { op: 'creature.remove', creatureId: 'ghoul' }]);
    expect(step.lines).toEqual(['Ghoul appears (hostile)', 'Ghoul: Unhurt → Near death', 'Ghoul leaves the scene']);
  });

  it('describes movement, the map and the scene', () => {
    const floor: Terrain[] = ['floor', 'floor', 'floor'];
    const scene = { ...state.scene, locationId: 'crypt', title: 'The Crypt' };
    expect(
      lines([
        { op: 'grid.set', grid: { width: 3, height: 2, cells: [floor, floor] } },
        { op: 'character.position', characterId: 'mira', position: { x: 2, y: 1 } },
        { op: 'scene.set', scene },
      ]),
    ).toEqual(['Battle map: 3×2 squares', 'Mira Thorne moves to square (2, 1)', 'The scene is now The Crypt']);
  });
});
