import type { Database } from '@/lib/db/types';
import type { ChronicleDeps } from '@/lib/memory/chronicle';
import type { LiveHub } from '@/lib/realtime/hub';
import type { SeatKeeper } from './seat-keeper';
import type { SessionHost } from './session-host';

/**
 * What the table's services need of the running process. The composition
 * root's Runtime has all of it; services ask for no more, so this wing
 * never looks up at the root that wires it.
 */
export type TableRuntime = {
  db: Database;
  hub: LiveHub;
  sessions: SessionHost;
  seats: SeatKeeper;
  /** Where the campaign's memory is kept and how its facts are embedded. */
  memory: ChronicleDeps;
};
