import { timePasses } from './actions/turn-effects';
import type { Cell, Grid } from './grid';
import { freeSquareNear } from './placement';
import { RuleViolation } from './rule-violation';
import type { Coins } from './sheet/inventory';
import { sceneSchema, type PlaceLeft, type SceneInput } from './state';
import type { StatBlockInput } from './creature';
import { TurnResolver } from './turn-resolver';

/** How long going on to the next place takes: spells of a minute (Bless, Shield of Faith) run out on the way. */
const TRAVEL_MINUTES = 10;

/** Everything about a place that changes when the party arrives there. */
export type Arrival = {
  scene: SceneInput;
  grid: Grid | null;
  /** Where the party stands, in seat order; members past the last cell stand on the free squares nearest them. */
  partyStart: Cell[];
  /** Who waits there; `coins` are what the campaign's author gave one to carry. */
  creatures: Array<{ statBlock: StatBlockInput; id: string; name?: string; hostile?: boolean; position: Cell | null; coins?: Partial<Coins> }>;
};

/**
 * The resolver the DM plays with: the turn and combat rules, plus moving the
 * whole party to a new place.
 */
export class TableResolver extends TurnResolver {
  /** The party arrives somewhere new: new scene and map, whoever waits there, and nobody left behind in a fight. */
  travel(arrival: Arrival): void {
    this.atomically(() => {
      if (this.state.combat) throw new RuleViolation('The party cannot leave in the middle of a fight');
      const scene = sceneSchema.parse(arrival.scene);
      if (scene.locationId === this.state.scene.locationId) throw new RuleViolation(`The party is already at ${scene.title}`);
      const exits = this.state.scene.exits;
      if (exits.length && !exits.some((e) => e.to === scene.locationId)) {
        throw new RuleViolation(`No way leads from ${this.state.scene.title} to ${scene.title}; the ways on are ${exits.map((e) => `${e.name} (to ${e.to})`).join(', ')}`);
      }
      this.act((turn) => timePasses(turn, TRAVEL_MINUTES));
      this.commit([{ op: 'place.left', place: this.placeAsLeft() }]);
      this.commit([{ op: 'scene.set', scene }]);
      this.commit(this.state.creatures.map((c) => ({ op: 'creature.remove' as const, creatureId: c.id })));
      this.commit(this.state.party.map((c) => ({ op: 'character.position' as const, characterId: c.id, position: null })));
      this.setUp(arrival);
    });
  }

  /** This place as the party leaves it: its scene, and everyone who ever fell here (those of an earlier visit stay fallen). */
  private placeAsLeft(): PlaceLeft {
    const { scene, placesLeft, creatures } = this.state;
    const before = placesLeft.find((p) => p.scene.locationId === scene.locationId)?.fallen ?? [];
    const fallen = creatures.filter((c) => c.dead).map((c) => c.id);
    return { scene, fallen: [...new Set([...before, ...fallen])] };
  }

  /**
   * A map drawn after the party arrived: it becomes the grid, the party
   * stands at its start squares and everyone already here without a square
   * takes one of the foes' squares.
   */
  layOut(map: { grid: Grid; partyStart: Cell[]; others: Cell[]; art?: string | null }): void {
    this.atomically(() => {
      if (this.state.grid) throw new RuleViolation('This place already has a map');
      if (map.art) this.commit([{ op: 'scene.set', scene: sceneSchema.parse({ ...this.state.scene, mapArt: map.art }) }]);
      this.setGrid(map.grid);
      this.placeParty(map.grid, map.partyStart, map.others);
      const waiting = this.state.creatures.filter((c) => !c.position && !c.dead);
      waiting.forEach((creature, i) => {
        const cell = map.others[i];
        if (cell) this.place(creature.id, cell);
      });
    });
  }

  /**
   * The party takes the start squares in seat order; members past the last
   * one (a party grown larger than the place expected) stand on the free
   * squares nearest them, clear of the squares `reserved` for creatures. A
   * place with no start squares leaves everyone off its map, as before.
   */
  private placeParty(grid: Grid, partyStart: readonly Cell[], reserved: readonly Cell[]): void {
    this.state.party.forEach((member, i) => {
      if (member.dead) return;
      const cell = partyStart[i] ?? (partyStart.length ? freeSquareNear(this.state, grid, partyStart, reserved) : null);
      if (cell) this.place(member.id, cell);
    });
  }

  /** Lays out a place the party is at: its map, where everyone stands, and who waits there. */
  setUp(arrival: Omit<Arrival, 'scene'>): void {
    this.atomically(() => {
      this.setGrid(arrival.grid);
      if (arrival.grid) this.placeParty(arrival.grid, arrival.partyStart, arrival.creatures.flatMap((c) => (c.position ? [c.position] : [])));
      for (const creature of arrival.creatures) {
        const position = arrival.grid && creature.position ? creature.position : undefined;
        this.addCreature(creature.statBlock, { id: creature.id, name: creature.name, hostile: creature.hostile, position, coins: creature.coins });
      }
    });
  }
}
