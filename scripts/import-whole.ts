import { RulebookImports, type ImportView, type RulebookImportsOptions, type StructureChoice } from '@/lib/rulebooks/imports/rulebook-imports';

function until(imports: RulebookImports, id: string, statuses: ImportView['status'][]): Promise<ImportView> {
  return new Promise((resolve) => {
    const check = (view: ImportView) => {
      if (!statuses.includes(view.status)) return;
      stop();
      resolve(view);
    };
    const stop = imports.subscribe(id, check);
    check(imports.view(id));
  });
}

/** Imports a whole rulebook, every section chosen at once, as the import benchmark and the evaluations need; a content model reads what the layout cannot. */
export async function importWhole(
  deps: Pick<RulebookImportsOptions, 'db' | 'embedder' | 'contentModel'>,
  input: { name: string; bytes: Uint8Array; ownerId?: string },
): Promise<{ done: ImportView; structure: StructureChoice }> {
  const imports = new RulebookImports({ ...deps, maxBytes: 500 * 1024 * 1024 });
  try {
    const { id } = imports.start({ fileName: input.name, bytes: input.bytes, ownerId: input.ownerId ?? crypto.randomUUID() });
    const read = await until(imports, id, ['awaitingSelection', 'failed']);
    if (read.status === 'failed') throw new Error(read.error ?? 'The import failed');
    const structure = imports.structure(id);
    imports.select(id, { name: structure.title, sectionIds: structure.sections.map((s) => s.id) });
    const done = await until(imports, id, ['done', 'failed']);
    if (done.status === 'failed') throw new Error(done.error ?? 'The import failed');
    return { done, structure };
  } finally {
    imports.stop();
  }
}
