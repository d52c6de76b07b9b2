/**
 * How players ask about a rule, and the words rulebooks use for it. A
 * question says "can I grab him", the book says "grapple": no ranking finds
 * a word that is not there, so the book's words are searched beside the
 * question's. Each entry is a way of speaking any table uses, whatever the
 * game; the book's words it adds only rank passages that hold them, so a
 * game without the rule loses nothing. Phrases match word by word (stems, so
 * "grabbing" is "grab"); a `*` stands for at most one word ("hold * down":
 * "hold him down").
 *
 * The core table grew from questions players asked; the tables by topic
 * were written part by part of play, without any question set in sight,
 * and hold only phrases of two words or more, since a lone word has too
 * many senses to add a rule's words on its own (measured: see README).
 */
export type Phrasing = readonly [phrases: readonly string[], bookWords: string];
