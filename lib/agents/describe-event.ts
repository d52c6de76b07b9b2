import type { SessionEvent } from '@/lib/rules/session-log';

/** One line of the session log as the agents' prompts recall it. */
export function describeEvent(event: SessionEvent): string[] {
  switch (event.type) {
    case 'session.started':
      return [`The party arrived at ${event.data.scene.title}.`];
    case 'player.acted':
      return [`${event.data.characterName}: ${event.data.text}`];
    case 'dm.narrated':
      return [`DM: ${event.data.text}`];
    case 'turn.failed':
      return [];
  }
}
