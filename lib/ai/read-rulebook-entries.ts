import { generateText, Output, type LanguageModel } from 'ai';
import pMap from 'p-map';
import { slugOf } from '@/lib/rulebooks/content/text';
import { parsedMonsterSchema, parsedSpellSchema, type ParsedMonster, type ParsedSpell, type UnreadEntry } from '@/lib/rulebooks/content/schema';

/** At most this many entries of one import go to the model, so a book the layout reads badly costs a bounded number of calls. */
export const MAX_MODEL_ENTRIES = 60;
/** Calls in flight at once: a book's sixty entries take a fifteenth of the time one by one would, and a server is not flooded. */
export const MODEL_READERS = 4;

// The model answers everything but where the entry is and its id: those are the import's own.
const monsterAnswer = parsedMonsterSchema.omit({ id: true, page: true });
const spellAnswer = parsedSpellSchema.omit({ id: true, page: true });

const instructions =
  'You read one entry of a tabletop role-playing rulebook, a creature stat block or a spell, and return its game mechanics in the given JSON shape. ' +
  'Copy every number exactly as printed (armour class, hit points and their dice, speeds, ability scores, bonuses, challenge and XP, attack bonuses, reach, range, damage dice and types, save DCs, spell level, casting time, range, duration). ' +
  'Keep each trait and action with its own words as its text. Never invent a number the entry does not print; leave out what it does not state.';

/** What a model read of the entries the layout could not: only records that validate, each under the entry's own name and page. */
export type ModelRead = { monsters: ParsedMonster[]; spells: ParsedSpell[]; dropped: number };

/** One entry read by the model, or null when it failed or its answer did not validate. */
async function readOne(model: LanguageModel, entry: UnreadEntry, abortSignal?: AbortSignal): Promise<ParsedMonster | ParsedSpell | null> {
  const schema = entry.kind === 'monster' ? monsterAnswer : spellAnswer;
  try {
    const result = await generateText({
      model,
      output: Output.object({ schema }),
      instructions,
      prompt: `A ${entry.kind === 'monster' ? 'creature stat block' : 'spell'} named "${entry.name}", page ${entry.page}. Its text as extracted from the PDF:\n\n${entry.text}`,
      maxRetries: 1,
      abortSignal,
    });
    // The answer is untrusted: it is checked again whole, under the entry's own name, id and page.
    const record = { ...(result.output as object), name: entry.name, id: slugOf(entry.name), page: entry.page };
    const checked = (entry.kind === 'monster' ? parsedMonsterSchema : parsedSpellSchema).safeParse(record);
    return checked.success ? checked.data : null;
  } catch (error) {
    if (abortSignal?.aborted) throw error;
    console.warn(`[rulebooks] the model could not read ${entry.kind} "${entry.name}" (p. ${entry.page}):`, (error as Error).message);
    return null;
  }
}

/**
 * The stat blocks and spell entries the layout parser found but could not
 * read, read by a model with structured output, one call each, a few at a
 * time, `onRead` told as each is done. Whatever it answers is kept only
 * where it validates against the same schemas as the layout's own reading;
 * an answer that fails, or that claims numbers out of any stat block's
 * range, is dropped and counted. The records keep the entries' order.
 */
export async function readEntriesWithModel(
  model: LanguageModel,
  entries: readonly UnreadEntry[],
  options: { signal?: AbortSignal; onRead?: (done: number, total: number) => void } = {},
): Promise<ModelRead> {
  const asked = entries.slice(0, MAX_MODEL_ENTRIES);
  let done = 0;
  const records = await pMap(
    asked,
    async (entry) => {
      const record = await readOne(model, entry, options.signal);
      options.onRead?.(++done, asked.length);
      return record;
    },
    { concurrency: MODEL_READERS, signal: options.signal },
  );
  const read: ModelRead = { monsters: [], spells: [], dropped: 0 };
  records.forEach((record, i) => {
    if (!record) read.dropped++;
    else if (asked[i]!.kind === 'monster') read.monsters.push(record as ParsedMonster);
    else read.spells.push(record as ParsedSpell);
  });
  return read;
}
