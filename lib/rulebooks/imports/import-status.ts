/** Where an import stands; a module of its own so the import page can read it without the importer. */
export type ImportStatus = 'working' | 'awaitingSelection' | 'done' | 'failed' | 'cancelled';

/** Whether an import has ended, one way or another: nothing more will happen to it. */
export function importEnded(status: ImportStatus): boolean {
  return status === 'done' || status === 'failed' || status === 'cancelled';
}
