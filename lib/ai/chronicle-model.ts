import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';
import { factKinds, type ChronicleWriter, type NewFact, type Passage } from '@/lib/memory/types';

const factsSchema = z.object({
  facts: z
    .array(
      z.object({
        entry: z.number().int().positive(),
        kind: z.enum(factKinds),
        subject: z.string().min(1).max(120),
        text: z.string().min(1).max(600),
        role: z.string().max(80).optional(),
        attitude: z.string().max(40).optional(),
        status: z.enum(['open', 'done']).optional(),
      }),
    )
    .max(60),
});

const summarySchema = z.object({ text: z.string().min(1).max(700) });

function numbered(passages: readonly Passage[]): string {
  return passages.map((p) => `[${p.seq}] ${p.text}`).join('\n');
}

/**
 * The Chronicler's pen with a model: it reads the latest entries of the log
 * into facts, and writes summaries. Its answer is untrusted: a fact is kept
 * only if it cites an entry it was given and names a subject that entry
 * mentions; who witnessed it is the entry's own record, never the model's
 * say, and nothing it writes is a DM secret. A model that fails returns
 * null, and the offline reading is used instead.
 */
export function modelChronicleWriter(model: LanguageModel): ChronicleWriter {
  return {
    async facts(passages, abortSignal) {
      try {
        const result = await generateText({
          model,
          output: Output.object({ schema: factsSchema }),
          instructions:
            'You keep the chronicle of a tabletop role-playing campaign. From the numbered log entries, list the lasting facts: ' +
            'people (with role and attitude), places, items, quests (open or done), promises and debts, clues and factions. ' +
            'One sentence each, in the words of the entry where you can; cite the entry number. Leave out weather, colour and dice.',
          prompt: numbered(passages),
          maxRetries: 1,
          abortSignal,
        });
        const byEntry = new Map(passages.map((p) => [p.seq, p]));
        return factsSchema.parse(result.output).facts.flatMap((f): NewFact[] => {
          const source = byEntry.get(f.entry);
          if (!source || !source.text.toLowerCase().includes(f.subject.toLowerCase())) return [];
          const detail = { ...(f.role ? { role: f.role } : {}), ...(f.attitude ? { attitude: f.attitude } : {}), ...(f.kind === 'quest' ? { status: f.status ?? 'open' } : {}) };
          return [{ kind: f.kind, subject: f.subject, text: f.text, detail, witnesses: source.witnesses, secret: false, sourceSeq: source.seq }];
        });
      } catch (error) {
        console.warn('[chronicler] the model could not read the log; reading it without one:', (error as Error).message);
        return null;
      }
    },
    async summary(title, passages, abortSignal) {
      try {
        const result = await generateText({
          model,
          output: Output.object({ schema: summarySchema }),
          instructions: 'Summarise this stretch of a tabletop role-playing session in at most four sentences, past tense: who was met, what was promised or found, how fights ended.',
          prompt: `${title}\n${numbered(passages)}`,
          maxRetries: 1,
          abortSignal,
        });
        return summarySchema.parse(result.output).text;
      } catch (error) {
        console.warn('[chronicler] the model could not summarise; summarising without one:', (error as Error).message);
        return null;
      }
    },
  };
}
