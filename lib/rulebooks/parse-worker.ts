// The thread that cuts the chosen sections of a rulebook into passages and
// builds its rule module (its terms, monsters and spells), a few tenths of a
// second for a whole book that the server's thread stays free for. Node may
// load it straight from this source (tests, scripts): see pdf-text.ts on its
// imports and syntax.
import { parentPort, workerData } from 'node:worker_threads';
import { chunkSections, selectSections } from './chunk.ts';
import { parseContent } from './content/parse-content.ts';
import { buildRuleModule, type RuleVocabulary } from './rule-module.ts';
import type { RulebookStructure } from './types.ts';

/** What the thread is started with; null chooses the whole book. */
export type ParseInput = { structure: RulebookStructure; selectedIds: string[] | null; vocabulary: RuleVocabulary };

const { structure, selectedIds, vocabulary } = workerData as ParseInput;
const selected = selectedIds === null ? null : new Set(selectedIds);
const { monsters, spells, unread } = parseContent(selectSections(structure, selected), vocabulary);
parentPort!.postMessage({ chunks: chunkSections(structure, selected), module: { ...buildRuleModule(structure, selected, vocabulary), monsters, spells }, unread });
