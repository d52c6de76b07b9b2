import { describe, expect, it } from 'vitest';
import { bookWordsFor, PHRASINGS, withoutFrame } from '@/lib/rulebooks/players-words';
import { CORE_PHRASINGS } from '@/lib/rulebooks/phrasings/core';

describe('players’ words', () => {
  it('gives the rulebook’s words for the way players ask', () => {
    expect(bookWordsFor('can I grab a guy and hold him down')).toBe('grapple grappled');
    expect(bookWordsFor('I’m terrified of the dragon')).toBe('frightened fear');
    expect(bookWordsFor('what happens if I drop to zero')).toBe('dying death 0 hit points unconscious');
  });

  it('matches any form of a word, and a phrase with one word inside where the phrase allows it', () => {
    expect(bookWordsFor('he is grabbing my arm')).toBe('grapple grappled');
    expect(bookWordsFor('I hold him down')).toBe('grapple grappled');
    // "hold * down" allows one word between, not two.
    expect(bookWordsFor('I hold the orc down')).toBe('');
  });

  it('keeps a phrase’s words in order and together: "bring him back right away" is no backing away', () => {
    expect(bookWordsFor('can we bring him back right away')).toBe('resurrection life dead');
    expect(bookWordsFor('I back away from the troll')).toBe('opportunity attack reach disengage');
  });

  it('names the spell or feature a player describes by what it does', () => {
    expect(bookWordsFor('the enemy wizard is casting, can I stop his spell')).toBe('counterspell');
    expect(bookWordsFor('the medusa turned me to stone')).toBe('petrified');
    expect(bookWordsFor('can my cleric ask the corpse what it saw')).toBe('speak with dead');
    // Stopping is not stopping a spell: "stop * spell" takes at most one word between.
    expect(bookWordsFor('I stop at the door and listen')).toBe('');
  });

  it('adds what a kind of question looks for: how long a spell lasts, what a thing costs, how far', () => {
    expect(bookWordsFor('the priest cast a spell on us, how long does it last')).toBe('duration');
    expect(bookWordsFor('how much gold is a night at the inn')).toBe('cost price lifestyle food drink lodging services');
    expect(bookWordsFor('how much does a longsword cost')).toBe('cost price');
    expect(bookWordsFor('how far can my longbow shoot')).toBe('range distance');
    // "How long" alone asks about time, not how long something lasts.
    expect(bookWordsFor('how long is a round')).toBe('');
  });

  it('names spells, monsters and features by what players say they do, in any part of play', () => {
    expect(bookWordsFor('is there magic to make him tell the truth')).toBe('zone of truth');
    expect(bookWordsFor('that chest is alive and it bit the rogue')).toBe('mimic false appearance adhesive');
    expect(bookWordsFor('we set up camp in the ruins')).toBe('make camp long rest');
    expect(bookWordsFor('can I attack twice now that I am level 5')).toBe('extra attack multiattack');
    expect(bookWordsFor('the orc grabbed my arm, can I get loose')).toBe('grapple grappled escaping a escape');
  });

  it('holds no phrase twice, and beyond the core table no lone word, which has too many senses', () => {
    const phrases = PHRASINGS.flatMap(([p]) => p);
    expect(new Set(phrases).size).toBe(phrases.length);
    const topical = PHRASINGS.slice(CORE_PHRASINGS.length).flatMap(([p]) => p);
    expect(topical.length).toBeGreaterThan(1500);
    expect(topical.filter((phrase) => phrase.split(' ').length < 2)).toEqual([]);
    // A party is not a celebration: "heal the whole party" adds nothing of carousing.
    expect(bookWordsFor('my cleric heals the whole party')).not.toMatch(/carouse/);
  });

  it('gives the singular of a noun in an irregular plural, as the book titles its peoples and monsters', () => {
    expect(bookWordsFor('can dwarves and elves see in the dark').split(' ')).toEqual(expect.arrayContaining(['dwarf', 'elf']));
    expect(bookWordsFor('the wolves bit my feet')).toBe('wolf foot');
    expect(bookWordsFor('which dice does the greatsword use')).toBe('');
  });

  it('adds nothing to a question already in the book’s words, each word once', () => {
    expect(bookWordsFor('what is the range of a longbow')).toBe('');
    expect(bookWordsFor('my hp and my hp again')).toBe('hit points');
  });

  it('takes the words of asking out of the question, and nothing else', () => {
    expect(withoutFrame('How does grappling work?')).toBe('How does grappling ?');
    expect(withoutFrame('what happens if I drop to zero')).toBe('what  if I drop to zero');
    expect(withoutFrame('what does the messy tag mean')).toBe('what does the messy tag ');
    expect(withoutFrame('how does my armor work with shields')).toBe('how does my armor work with shields');
    expect(withoutFrame('can I work as a blacksmith between adventures')).toBe('can I work as a blacksmith between adventures');
  });
});
