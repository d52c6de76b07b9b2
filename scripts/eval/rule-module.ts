import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '@/lib/config';
import { getRuleSystem } from '@/lib/db/queries/rule-systems';
import { openPglite } from '@/lib/db/pglite';
import { embedderFor } from '@/lib/ai/embedding-models';
import { importWhole } from '../import-whole';
import { referenceDir } from '../srd/reference';
import { agreementWithReference } from './rule-module-agreement';

/** Below this share of parsed entries naming an SRD record, the book is taken for another and not compared. */
const SRD_SHARE = 0.5;

/**
 * What a rulebook's import reads as data: the whole PDF is imported as a
 * game master would (every section chosen, the layout parser alone, no
 * model), then its stored rule module's monsters and spells are counted
 * and, for the SRD 5.1, compared field by field with the reference files.
 */
export async function ruleModuleEval(args: string[]) {
  const [file] = args;
  if (!file) throw new Error('Usage: npm run eval -- rule-module FILE.pdf');
  const bytes = new Uint8Array(await readFile(file));
  const db = await openPglite('memory://');
  const started = performance.now();
  const { done } = await importWhole({ db, embedder: embedderFor(readConfig().model) }, { name: path.basename(file), bytes });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const system = await getRuleSystem(db, { id: done.ruleSystemId! });
  await db.close();
  const { monsters, spells } = system!.module;
  const found = { monsters: monsters.length, spells: spells.length };
  const compared = agreementWithReference({ monsters, spells }, referenceDir());
  const matched = compared.matched.monsters + compared.matched.spells;
  const isSrd = matched > 0 && matched >= SRD_SHARE * (found.monsters + found.spells);
  if (!isSrd) {
    const reason = `only ${matched} of the ${found.monsters + found.spells} monsters and spells read name an SRD 5.1 record: this book is not the SRD, so there is nothing to compare with`;
    return { file: path.basename(file), seconds, found, agreement: null, reason, disagreements: [] };
  }
  return {
    file: path.basename(file),
    seconds,
    found,
    agreement: compared.agreement,
    fieldsCompared: compared.fieldsCompared,
    matchedWithReference: compared.matched,
    disagreements: compared.disagreements,
  };
}
