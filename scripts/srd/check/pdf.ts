import { execFileSync } from 'node:child_process';
import type { Monster } from '@/lib/rules/srd/monster-schema';
import { advancement, challengeValue, xpByChallenge } from '@/lib/rules/srd/progression';
import type { Spell } from '@/lib/rules/srd/spell-schema';
import { trapDamageTable, trapNumbers } from '@/lib/rules/srd/traps';
import { castingTimeText, durationText, rangeText } from './compare-spells';
import { Tally } from './tally';

/**
 * The SRD PDF's text in reading order (pdftotext -raw), with the PDF's
 * spacing quirks undone: its words are separated by tab, carriage return
 * and no-break space, and hyphens come in several code points.
 */
export function pdfLines(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text
    .replaceAll('\t\r \u00a0', ' ')
    .replaceAll('\r', '')
    .replaceAll('\u00ad', '')
    .replace(/[\u2010\u2011\u2013-]+/g, '-')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^System Reference Document 5\.1 \d+$/.test(l));
}

const key = (name: string) => name.toLowerCase().replace(/’/g, "'");
const number = (text: string) => Number(text.replace(/,/g, ''));

/** Spell headers: the name, then "3rd-level evocation" or "Evocation cantrip", maybe "(ritual)". */
function checkSpells(lines: string[], spells: readonly Spell[], tally: Tally): number {
  const byName = new Map(spells.map((s) => [key(s.name), s]));
  let found = 0;
  lines.forEach((line, i) => {
    const levelled = /^(\d)(?:st|nd|rd|th)-level (\w+)( \(ritual\))?$/.exec(line);
    const cantrip = /^(\w+) cantrip( \(ritual\))?$/.exec(line);
    const spell = (levelled || cantrip) && byName.get(key(lines[i - 1] ?? ''));
    if (!spell) return;
    found++;
    const record = `spell ${spell.id}`;
    tally.check(record, 'level', spell.level, levelled ? Number(levelled[1]) : 0);
    tally.check(record, 'school', spell.school, (levelled ? levelled[2]! : cantrip![1]!).toLowerCase());
    tally.check(record, 'ritual', spell.ritual, Boolean(levelled ? levelled[3] : cantrip![2]));
    checkSpellHeader(record, spell, lines.slice(i + 1, i + 8).join(' '), tally);
  });
  return found;
}

/** "1 day" and "24 hours" are one duration. */
const inHours = (text: string) => text.toLowerCase().replace(/^(\d+) days?$/, (_, n: string) => `${Number(n) * 24} hours`).replace(/^1 hours$/, '1 hour');

/** The header lines after the level: casting time, range, components and duration, each as the SRD prints it. */
function checkSpellHeader(record: string, spell: Spell, header: string, tally: Tally): void {
  const field = (name: string, next: string) => new RegExp(`${name}: (.*?) ${next}:`).exec(`${header} End:`)?.[1];
  // Plant Growth may be cast in 1 action or 8 hours; the data keeps the first.
  const casting = field('Casting Time', 'Range')?.replace(/,.*$/, '').replace(/ or .*$/, '');
  const range = field('Range', 'Components')?.replace(/\s*\(.*$/, '');
  const components = field('Components', 'Duration')?.replace(/\s*\(.*$/, '').split(',').map((c) => c.trim());
  const duration = /Duration: (Concentration, up to |Up to )?(Instantaneous|Until dispelled|Special|\d+ (?:round|minute|hour|day)s?)/i.exec(header);
  if (casting) tally.check(record, 'casting time', castingTimeText(spell), casting);
  if (range) tally.check(record, 'range', rangeText(spell.range).toLowerCase(), range.toLowerCase());
  if (components) tally.check(record, 'components', [spell.components.verbal && 'V', spell.components.somatic && 'S', spell.components.material && 'M'].filter(Boolean), components);
  if (duration) {
    tally.check(record, 'duration', inHours(durationText(spell).replace(/^Up to /, '')), inHours(duration[2]!));
    tally.check(record, 'concentration', spell.concentration, /Concentration/.test(duration[1] ?? ''));
  }
}

/** Each attack the stat block prints ("Scimitar. Melee Weapon Attack: +4 to hit ... Hit: 5 (1d6 + 2) slashing damage") against ours. */
function checkAttacks(record: string, monster: Monster, text: string, tally: Tally): void {
  for (const action of monster.actions) {
    if (!action.attack || !action.damage?.length) continue;
    const name = action.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const printed = new RegExp(`${name}(?: \\([^)]*\\))?\\. (?:Melee|Ranged)[^:]*Attack: \\+(\\d+) to hit.{0,120}?Hit: \\d+ \\(([^)]+)\\) (\\w+) damage`).exec(text);
    if (!printed) continue;
    const first = action.damage[0]!;
    const part = 'oneOf' in first ? first.oneOf[0]! : first;
    tally.check(record, `${action.name}: attack bonus`, action.attack.bonus, Number(printed[1]));
    tally.check(record, `${action.name}: damage`, [part.dice, part.type], [printed[2]!.replace(/\s+/g, '').replace(/[−–]/g, '-'), printed[3]]);
  }
}

const statNames = { str: 'Str', dex: 'Dex', con: 'Con', int: 'Int', wis: 'Wis', cha: 'Cha' } as const;

/** Ability scores, saving throws, skills and passive Perception as printed. */
function checkStatLines(record: string, monster: Monster, body: string[], tally: Tally): void {
  const scoresAt = body.findIndex((l) => l.startsWith('STR DEX CON INT WIS CHA'));
  const scores = scoresAt < 0 ? null : (body[scoresAt + 1] ?? '').match(/\d+(?= \()/g);
  if (scores?.length === 6) tally.check(record, 'ability scores', Object.keys(statNames).map((a) => monster.abilities[a as 'str']), scores.map(Number));
  const text = body.join(' ');
  const saves = /Saving Throws ((?:(?:Str|Dex|Con|Int|Wis|Cha) \+\d+,? ?)+)/.exec(text);
  if (saves) {
    const printed = [...saves[1]!.matchAll(/(\w+) \+(\d+)/g)].map(([, a, v]) => `${a!.toLowerCase()} +${v}`);
    tally.check(record, 'saving throws', Object.entries(monster.savingThrows).map(([a, v]) => `${a} +${v}`).sort(), printed.sort());
  }
  const passive = /passive Perception (\d+)/.exec(text);
  if (passive) tally.check(record, 'passive perception', monster.senses.passivePerception, Number(passive[1]));
}

/** Stat blocks: name, "Small humanoid (goblinoid), neutral evil", then Armor Class, Hit Points and Challenge lines. */
function checkMonsters(lines: string[], find: (name: string) => Monster | undefined, tally: Tally): number {
  let found = 0;
  lines.forEach((line, i) => {
    if (!/^(Tiny|Small|Medium|Large|Huge|Gargantuan) (swarm of \w+ )?[a-z]+/.test(line)) return;
    const monster = find(lines[i - 1] ?? '');
    if (!monster) return;
    const block = lines.slice(i + 1, i + 150);
    const end = block.findIndex((l) => /^(Tiny|Small|Medium|Large|Huge|Gargantuan) [a-z]+.*, /.test(l));
    const body = end < 0 ? block : block.slice(0, end);
    const ac = body.map((l) => /^Armor Class (\d+)/.exec(l)).find(Boolean);
    const hp = body.map((l) => /^Hit Points (\d+) \(([^)]+)\)/.exec(l)).find(Boolean);
    const cr = body.map((l) => /^Challenge ([\d/]+) \(([\d,]+) XP\)/.exec(l)).find(Boolean);
    if (!ac || !hp || !cr) return;
    found++;
    const record = `monster ${monster.id}`;
    tally.check(record, 'armor class', monster.armorClass[0]!.value, Number(ac[1]));
    tally.check(record, 'hit points', monster.hitPoints, Number(hp[1]));
    tally.check(record, 'hit points roll', monster.hitPointsRoll, hp[2]!.replace(/\s+/g, '').replace(/[−–]/g, '-'));
    tally.check(record, 'challenge rating', monster.challengeRating, challengeValue(cr[1]!));
    tally.check(record, 'xp', monster.xp, number(cr[2]!));
    checkAttacks(record, monster, body.join(' '), tally);
    checkStatLines(record, monster, body, tally);
  });
  return found;
}

/** The rows that follow a table's heading line, as lists of words. */
function tableRows(lines: string[], heading: RegExp, count: number): string[][] {
  const at = lines.findIndex((l) => heading.test(l));
  return at < 0 ? [] : lines.slice(at + 1, at + 1 + count).map((l) => l.split(' '));
}

function checkTables(lines: string[], tally: Tally): void {
  for (const [xp, level, bonus] of tableRows(lines, /^Experience Points Level Proficiency Bonus$/, 20)) {
    const row = advancement[Number(level) - 1];
    tally.check(`advancement level ${level}`, 'xp and proficiency', row && [row.xp, row.proficiencyBonus], [number(xp!), Number(bonus)]);
  }
  for (const row of tableRows(lines, /^Challenge XP Challenge XP$/, 17)) {
    const text = row.join(' ').replace('0 or 10', '10');
    for (const [, cr, xp] of text.matchAll(/([\d/]+) ([\d,]+)/g)) {
      tally.check(`challenge ${cr}`, 'xp', xpByChallenge.find(([rating]) => rating === challengeValue(cr!))?.[1], number(xp!));
    }
  }
  for (const [severity, dc, bonusLow, , bonusHigh] of tableRows(lines, /^Trap Danger Save DC Attack Bonus$/, 3)) {
    const ours = trapNumbers[severity!.toLowerCase() as 'setback'];
    tally.check(`trap ${severity}`, 'save DC and attack bonus', ours && [`${ours.saveDc.min}-${ours.saveDc.max}`, ours.attackBonus.min, ours.attackBonus.max], [dc, number(bonusLow!), number(bonusHigh!)]);
  }
  for (const [tier, ...dice] of tableRows(lines, /^Character Level Setback Dangerous Deadly$/, 4)) {
    const ours = trapDamageTable.find((row) => row.levels[0] === Number(/^\d+/.exec(tier!)?.[0]));
    tally.check(`trap damage ${tier}`, 'dice', ours && [ours.setback, ours.dangerous, ours.deadly], dice);
  }
}

/**
 * Cross-checks our data against the SRD PDF's own text: every spell's level,
 * school, ritual tag, casting time, range, components and duration; every
 * stat block's AC, hit points, challenge and printed attacks; and the
 * advancement, XP-by-challenge and trap tables.
 */
export function checkAgainstPdf(pdf: string, data: { spells: readonly Spell[]; findMonster: (name: string) => Monster | undefined }) {
  const lines = pdfLines(pdf);
  const tally = new Tally();
  const spells = checkSpells(lines, data.spells, tally);
  const monsters = checkMonsters(lines, data.findMonster, tally);
  checkTables(lines, tally);
  return { tally, spellsFound: spells, monstersFound: monsters };
}
