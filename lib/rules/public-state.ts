import type { StatePatch } from './patches';
import type { SessionEvent } from './session-log';
import type { RulesState, Scene } from './state';

/** A container as the players may know it: whether it is trapped is for the DM to know. */
function publicContainer<C extends Scene['containers'][number]>(container: C): C {
  return { ...container, trapped: false };
}

/**
 * A scene as the players may know it: its hazards and obstacles (with their
 * triggers and DCs), what the story ties to a deed, and what people will
 * tell when asked, are the DM's.
 */
function publicScene<S extends Scene>(scene: S): S {
  return {
    ...scene,
    secret: '',
    containers: scene.containers.map(publicContainer),
    hazards: [],
    obstacles: [],
    triggers: [],
    objects: scene.objects.map((o) => ({ ...o, obstacleId: null })),
    people: scene.people.map((p) => ({ ...p, tells: [] })),
  };
}

/** The game as the players may see it: no DM secrets, and no dice key to foretell rolls with. */
export function publicState(state: RulesState): RulesState {
  const { seed: _key, ...seen } = state;
  // How places were left holds their secrets, and the players saw them as they left.
  return { ...seen, scene: publicScene(state.scene), placesLeft: [] };
}

function publicPatch(patch: StatePatch): StatePatch {
  if (patch.op === 'scene.container') return { ...patch, container: publicContainer(patch.container) };
  if (patch.op === 'place.left') return { ...patch, place: { ...patch.place, scene: publicScene(patch.place.scene) } };
  return patch.op === 'scene.set' ? { ...patch, scene: publicScene(patch.scene) } : patch;
}

/** A log entry as it may be shown to players: scene secrets removed wherever the log carries a scene. */
export function publicEvent(event: SessionEvent): SessionEvent {
  switch (event.type) {
    case 'session.started':
      return {
        ...event,
        data: {
          ...event.data,
          scene: publicScene(event.data.scene),
          ...(event.data.initialState ? { initialState: publicState(event.data.initialState) } : {}),
        },
      };
    case 'dm.narrated':
      return { ...event, data: { ...event.data, patches: event.data.patches.map(publicPatch) } };
    default:
      return event;
  }
}
