// npm run srd:generate: turns the SRD 5.1 reference files into the project's own data in lib/rules/data.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ancestriesFileSchema, backgroundsFileSchema } from '@/lib/rules/srd/ancestry-schema';
import { classesFileSchema } from '@/lib/rules/srd/class-schema';
import { equipmentFileSchema } from '@/lib/rules/srd/equipment-schema';
import { magicItemsFileSchema } from '@/lib/rules/srd/magic-item-schema';
import { monstersFileSchema } from '@/lib/rules/srd/monster-schema';
import { SRD_ATTRIBUTION } from '@/lib/rules/srd/source';
import { spellsFileSchema } from '@/lib/rules/srd/spell-schema';
import { buildAncestries, buildBackgrounds } from './ancestries';
import { buildClasses } from './classes';
import { stableJson } from './common';
import { correctMonsters, correctSpells } from './corrections';
import { buildEquipment } from './equipment';
import { buildMagicItems } from './magic-items';
import { buildMonsters } from './monsters';
import { readReference, referenceDir, repoRoot, type Reference } from './reference';
import { buildSpells } from './spells';

type DataFile = { schema: z.ZodType; build: (ref: Reference) => Record<string, unknown[]> };

/** Each data file: its schema (checked before writing) and how its record lists are built. */
const dataFiles: Record<string, DataFile> = {
  'spells.json': { schema: spellsFileSchema, build: (ref) => ({ spells: correctSpells(buildSpells(ref.spells)) }) },
  'monsters.json': { schema: monstersFileSchema, build: (ref) => ({ monsters: correctMonsters(buildMonsters(ref.monsters, ref.languages)) }) },
  'equipment.json': { schema: equipmentFileSchema, build: (ref) => ({ equipment: buildEquipment(ref.equipment) }) },
  'magic-items.json': { schema: magicItemsFileSchema, build: (ref) => ({ magicItems: buildMagicItems(ref.magicItems) }) },
  'classes.json': { schema: classesFileSchema, build: (ref) => ({ classes: buildClasses(ref) }) },
  'ancestries.json': { schema: ancestriesFileSchema, build: buildAncestries },
  'backgrounds.json': { schema: backgroundsFileSchema, build: (ref) => ({ backgrounds: buildBackgrounds(ref) }) },
};

/** The data files' contents, by file name, validated against the schemas the engine reads them with. */
export function generateSrdData(reference: Reference): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dataFiles).map(([file, { schema, build }]) => {
      const parsed = schema.safeParse({ source: SRD_ATTRIBUTION, ...build(reference) });
      if (!parsed.success) throw new Error(`${file} does not match its schema:\n${z.prettifyError(parsed.error)}`);
      const data = parsed.data;
      return [file, stableJson(data)];
    }),
  );
}

export function writeSrdData(outDir: string, files: Record<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(outDir, file), text);
}

export const dataDir = path.join(repoRoot, 'lib/rules/data');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = referenceDir();
  const files = generateSrdData(readReference(dir));
  writeSrdData(dataDir, files);
  for (const [file, text] of Object.entries(files)) console.log(`${file}: ${(text.length / 1024).toFixed(0)} KB`);
  console.log(`from ${dir}`);
}
