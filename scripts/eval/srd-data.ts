import { existsSync } from 'node:fs';
import path from 'node:path';
import { ancestriesFileSchema, backgroundsFileSchema } from '@/lib/rules/srd/ancestry-schema';
import { allClasses } from '@/lib/rules/srd/classes';
import { allEquipment } from '@/lib/rules/srd/equipment';
import { allMagicItems } from '@/lib/rules/srd/magic-items';
import { allMonsters, matchMonster } from '@/lib/rules/srd/monsters';
import { allSpells } from '@/lib/rules/srd/spells';
import ancestriesFile from '@/lib/rules/data/ancestries.json';
import backgroundsFile from '@/lib/rules/data/backgrounds.json';
import { compareClasses, compareOrigins } from '../srd/check/compare-classes';
import { compareEquipment, compareMagicItems } from '../srd/check/compare-items';
import { compareMonsters } from '../srd/check/compare-monsters';
import { compareSpells } from '../srd/check/compare-spells';
import { checkAgainstPdf } from '../srd/check/pdf';
import { proseCheck } from '../srd/check/prose';
import { readRaw } from '../srd/check/read';
import { share, Tally } from '../srd/check/tally';
import { correctionsFor } from '../srd/corrections';
import { dataDir } from '../srd/generate';
import { referenceDir, repoRoot } from '../srd/reference';

const SRD_PDF = path.resolve(repoRoot, process.env.SRD_PDF || '../shared/data/rulebooks/srd51/SRD5.1-CCBY4.0License.pdf');

/** A sample of disagreements, each marked when it is a deliberate correction of the reference. */
function sample(tally: Tally, size: number) {
  return tally.disagreements.slice(0, size).map((d) => {
    const correction = correctionsFor(d.record).find((c) => d.field.includes(c.field));
    return correction ? { ...d, correctedPerPdf: correction.why } : d;
  });
}

/**
 * How faithfully lib/rules/data holds the SRD: every mechanical field
 * compared with the reference by a checker that reads the reference
 * itself, a cross-check against the SRD PDF's own text, and a search for
 * copied prose.
 */
export async function srdDataEval() {
  const dir = referenceDir();
  const tally = new Tally();
  compareSpells(allSpells(), readRaw(dir, 'Spells'), tally);
  compareMonsters(allMonsters(), readRaw(dir, 'Monsters'), tally);
  compareEquipment(allEquipment(), readRaw(dir, 'Equipment'), tally);
  compareMagicItems(allMagicItems(), readRaw(dir, 'Magic-Items'), tally);
  compareClasses(allClasses(), { classes: readRaw(dir, 'Classes'), levels: readRaw(dir, 'Levels'), features: readRaw(dir, 'Features') }, tally);
  const { ancestries, subraces } = ancestriesFileSchema.parse(ancestriesFile);
  const { backgrounds } = backgroundsFileSchema.parse(backgroundsFile);
  compareOrigins({ ancestries, subraces, backgrounds }, { races: readRaw(dir, 'Races'), subraces: readRaw(dir, 'Subraces'), backgrounds: readRaw(dir, 'Backgrounds') }, tally);

  // The PDF files some stat blocks under an inverted name ("Elf, Drow", "Gnome, Deep (Svirfneblin)"); a near miss would pair the wrong blocks.
  const exact = (name: string) => {
    const plain = name.replace(/\s*\([^)]*\)/g, '');
    const [before, after] = plain.split(', ');
    const candidates = after ? [name, `${after} ${before}`, after] : [name];
    return candidates.map((c) => matchMonster(c)).find((m) => m.exact)?.found;
  };
  const pdf = existsSync(SRD_PDF) ? checkAgainstPdf(SRD_PDF, { spells: allSpells(), findMonster: exact }) : null;
  const prose = proseCheck(dir, dataDir);
  return {
    agreement: share(tally.agreement),
    fieldsCompared: tally.compared,
    fieldsDisagreeing: tally.compared - tally.agreed,
    counts: {
      spells: allSpells().length,
      monsters: allMonsters().length,
      equipment: allEquipment().length,
      magicItems: allMagicItems().length,
      classes: allClasses().length,
      subclasses: allClasses().flatMap((c) => c.subclasses).length,
      ancestries: ancestries.length,
      backgrounds: backgrounds.length,
    },
    disagreements: sample(tally, 25),
    pdf: pdf
      ? {
          agreement: share(pdf.tally.agreement),
          fieldsCompared: pdf.tally.compared,
          spellsFound: pdf.spellsFound,
          monstersFound: pdf.monstersFound,
          disagreements: pdf.tally.disagreements.slice(0, 25),
        }
      : { skipped: `no SRD PDF at ${SRD_PDF} (set SRD_PDF)` },
    prose: { sequencesFound: prose.sequencesFound, referenceSequences: prose.referenceSequences, sample: prose.sample },
  };
}
