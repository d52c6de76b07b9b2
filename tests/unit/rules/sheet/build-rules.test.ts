import { describe, expect, it } from 'vitest';
import { buildSchema } from '@/lib/rules/sheet/build';
import { buildIssues, buildProblems } from '@/lib/rules/sheet/build-rules';
import { levelUpProblems } from '@/lib/rules/sheet/level-up-rules';
import { build, make, problems } from './make';

const parsed = (b: Parameters<typeof buildSchema.parse>[0]) => buildSchema.parse(b);

describe('what no build may be', () => {
  it('names SRD ids that fit together', () => {
    expect(problems(build('necromancer'))).toEqual(['No SRD class "necromancer"']);
    expect(problems(build('fighter', 3, { class: { id: 'fighter', subclass: 'life' } }))).toContain('"life" is not a Fighter subclass');
    expect(problems(build('fighter', 2, { class: { id: 'fighter', subclass: 'champion' } }))).toContain('A Fighter chooses a subclass at level 3');
    expect(problems(build('fighter', 1, { ancestry: { id: 'dwarf' } }))).toContain('A Dwarf needs a subrace (hill-dwarf)');
    expect(problems(build('fighter', 1, { ancestry: { id: 'dragonborn' } }))).toContain('A Dragonborn needs a draconic ancestry');
    expect(problems(build('fighter', 1, { ancestry: { id: 'human', abilityChoices: ['str'] } }))).toContain('A Human cannot raise str by choice');
  });

  it('has scores its method allows', () => {
    const scores = { str: 17, dex: 14, con: 13, int: 12, wis: 10, cha: 8 };
    expect(problems(build('fighter', 1, { abilities: { method: 'standard-array', scores } }))).toEqual(['Standard-array scores must be 15, 14, 13, 12, 10, 8 in some order']);
    // Three 15s cost 9 points each: exactly the 27 a point buy has.
    expect(problems(build('fighter', 1, { abilities: { method: 'point-buy', scores: { str: 15, dex: 15, con: 15, int: 8, wis: 8, cha: 8 } } }))).toEqual([]);
    expect(problems(build('fighter', 1, { abilities: { method: 'point-buy', scores: { str: 15, dex: 15, con: 15, int: 10, wis: 8, cha: 8 } } }))).toEqual(['Point-buy scores cost 29 points, more than 27']);
    expect(problems(build('fighter', 1, { abilities: { method: 'rolled', scores: { ...scores, str: 19 } } }))).toEqual(['Rolled scores must each be 3 to 18']);
  });

  it('takes improvements where the class grants them and one hit point entry per level', () => {
    expect(problems(build('fighter', 4, { improvements: [{ level: 3, increases: { str: 2 } }] }))).toContain('No ability score improvement to take at level 3');
    expect(problems(build('fighter', 4, { improvements: [{ level: 4, increases: { str: 2, dex: 1 } }] }))).toContain('An ability score improvement adds 2 in all (+2, or +1 and +1), not 3');
    expect(problems(build('fighter', 3, { hitPoints: [{ level: 2, method: 'average' }] }))).toContain('Hit points need one entry for each of levels 2 to 3');
    expect(problems(build('fighter', 6, { improvements: [{ level: 4, increases: { str: 2 } }, { level: 6, increases: { con: 1, wis: 1 } }] }))).toEqual([]);
  });

  it('chooses only what the features offer', () => {
    expect(problems(build('fighter', 1, { class: { id: 'fighter', features: { 'fighter-fighting-style': ['fighting-style-defense'] } } }))).toContain(
      'Fighting Style offers fighter-fighting-style-archery, fighter-fighting-style-defense, fighter-fighting-style-dueling, fighter-fighting-style-great-weapon-fighting, fighter-fighting-style-protection, fighter-fighting-style-two-weapon-fighting',
    );
    expect(problems(build('fighter', 1, { class: { id: 'fighter', features: { 'additional-fighting-style': ['fighter-fighting-style-defense'] } } }))).toContain(
      'A level 1 Fighter has no feature "additional-fighting-style" to choose for',
    );
  });
});

describe('what a finished character still lacks', () => {
  it('lists choices not yet made', () => {
    const issues = buildIssues(parsed(build('rogue', 4, { ancestry: { id: 'half-elf' } })));
    expect(issues).toEqual([
      'Choose 4 Rogue skills',
      'Choose 2 abilities for the Half-Elf to raise',
      'Choose 2 skills for the Half-Elf',
      'Choose a Roguish Archetype',
      'Choose 2 different expertise',
      'Take an ability score improvement at level 4',
    ]);
    expect(buildProblems(parsed(build('rogue', 4)))).toEqual([]);
  });
});

describe('a level-up', () => {
  it('raises the level by one, keeps earlier choices and makes the new level’s', () => {
    const before = make(build('fighter', 3, { class: { id: 'fighter', subclass: 'champion', skills: ['athletics', 'perception'] } })).build;
    const after = { ...before, level: 4, hitPoints: [...before.hitPoints, { level: 4, method: 'average' as const }] };
    expect(levelUpProblems(before, after, 2700)).toEqual(['Level 4 brings an ability score improvement to take']);
    expect(levelUpProblems(before, { ...after, improvements: [{ level: 4, increases: { str: 2 } }] }, 2700)).toEqual([]);
    expect(levelUpProblems(before, { ...after, improvements: [{ level: 4, increases: { str: 2 } }], class: { ...after.class, skills: ['history', 'perception'] } }, 2700)).toContain('A level-up does not change the class or its skills');
    const rogue = make(build('rogue', 5, { class: { id: 'rogue', subclass: 'thief', expertise: ['stealth', 'acrobatics'] }, improvements: [{ level: 4, increases: { dex: 2 } }] })).build;
    const six = { ...rogue, level: 6, hitPoints: [...rogue.hitPoints, { level: 6, method: 'average' as const }] };
    expect(levelUpProblems(rogue, six, 14000)).toEqual(['Level 6 adds 2 expertise and keeps the rest']);
    expect(levelUpProblems(rogue, { ...six, class: { ...six.class, expertise: ['stealth', 'acrobatics', 'perception', 'athletics'] } }, 14000)).toEqual([]);
  });
});
