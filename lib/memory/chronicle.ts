import { embedPassages } from '@/lib/ai/embed';
import type { Embedder } from '@/lib/ai/embedding-models';
import { closeQuests, insertFacts } from '@/lib/db/queries/campaign-facts';
import { insertSummaries, listSummaries } from '@/lib/db/queries/campaign-summaries';
import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { getSessionLinkAndPeople, markChronicled } from '@/lib/db/queries/session-chain';
import type { Database } from '@/lib/db/types';
import type { SessionEvent } from '@/lib/rules/session-log';
import { extractFacts, type KnownNames } from './extract-facts';
import { summarise } from './summarise';
import type { ChronicleWriter, NewFact, NewSummary, Passage } from './types';

/** Where the memory is kept, how facts are embedded, and a model's pen when one is configured. */
export type ChronicleDeps = { db: Database; embedder: Embedder; writer?: ChronicleWriter };
export type Chronicled = { facts: number; summaries: number; throughSeq: number };

/** What the log says, entry by entry, in words: narration and what people had their characters do. */
function passagesOf(events: readonly SessionEvent[]): Passage[] {
  return events.flatMap((e): Passage[] => {
    if (e.type === 'dm.narrated') return [{ seq: e.seq, text: e.data.text, witnesses: e.data.witnesses ?? null }];
    if (e.type === 'player.acted') return [{ seq: e.seq, text: `${e.data.characterName}: ${e.data.text}`, witnesses: e.data.witnesses ?? null }];
    return [];
  });
}

/** A summary's words from the model when there is one; the extractive ones otherwise. */
async function written(deps: ChronicleDeps, summary: NewSummary | null, events: readonly SessionEvent[]): Promise<NewSummary | null> {
  if (!summary || !deps.writer) return summary;
  // A long stretch is told from its latest entries: the prompt stays bounded however long the session ran.
  const text = await deps.writer.summary(summary.title, passagesOf(events).slice(-150));
  return text ? { ...summary, text } : summary;
}

/** The facts of fresh entries: the model's when it answers (with the places reached, which the engine records), else the offline reading. */
async function factsOf(deps: ChronicleDeps, fresh: SessionEvent[], known: KnownNames): Promise<NewFact[]> {
  const offline = extractFacts(fresh, known);
  if (!deps.writer || fresh.length === 0) return offline;
  const read = await deps.writer.facts(passagesOf(fresh));
  return read ? [...offline.filter((f) => f.kind === 'place'), ...read] : offline;
}

function startsScene(event: SessionEvent): boolean {
  return event.type === 'session.started' || (event.type === 'dm.narrated' && event.data.patches.some((p) => p.op === 'scene.set'));
}

function startsFight(event: SessionEvent): boolean {
  return 'patches' in event.data && Array.isArray(event.data.patches) && event.data.patches.some((p: { op: string }) => p.op === 'combat.start');
}

/**
 * Summaries of the scenes and fights that ended among `fresh` entries. A
 * scene ends where the next begins; a fight where the engine ends it. Their
 * starts may lie before `fresh`, so the whole log is read, only when one ended.
 */
async function stretchSummaries(deps: ChronicleDeps, sessionId: string, fresh: SessionEvent[], known: KnownNames, endOfSession: boolean): Promise<NewSummary[]> {
  const ends = fresh.some((e) => e.type === 'combat.ended' || (startsScene(e) && e.type !== 'session.started'));
  if (!ends && !endOfSession) return [];
  const all = await listSessionEvents(deps.db, { sessionId });
  const summaries: Array<Promise<NewSummary | null>> = [];
  let sceneStart = 0;
  let fightStart: number | null = null;
  const firstFresh = fresh[0]?.seq ?? Infinity;
  all.forEach((event, i) => {
    if (startsScene(event) && i > sceneStart) {
      if (event.seq >= firstFresh) {
        const place = all.slice(sceneStart, i);
        summaries.push(written(deps, summarise('scene', place, known, 'the road'), place));
      }
      sceneStart = i;
    }
    if (startsFight(event)) fightStart = i;
    if (event.type === 'combat.ended' && fightStart !== null) {
      if (event.seq >= firstFresh) {
        const fight = all.slice(fightStart, i + 1);
        summaries.push(written(deps, summarise('fight', fight, known, 'the field'), fight));
      }
      fightStart = null;
    }
  });
  if (endOfSession) {
    // A session of one scene is told once, as the session.
    if (sceneStart > 0) summaries.push(written(deps, summarise('scene', all.slice(sceneStart), known, 'the road'), all.slice(sceneStart)));
    summaries.push(written(deps, summarise('session', all, known, 'the road'), all));
  }
  return (await Promise.all(summaries)).filter((s): s is NewSummary => s !== null);
}

/** What a campaign states for itself: the quest the party set out on, for its first session. */
function campaignFacts(events: SessionEvent[]): NewFact[] {
  const started = events.find((e) => e.type === 'session.started');
  if (started?.type !== 'session.started') return [];
  return [{ kind: 'quest', subject: started.data.campaignTitle, text: `The party set out on ${started.data.campaignTitle}.`, detail: { status: 'open' }, witnesses: null, secret: false, sourceSeq: started.seq }];
}

/**
 * Reads a session's log past the Chronicler's bookmark: the facts it finds
 * go into the campaign's register with their embeddings, summaries of the
 * scenes and fights that ended (and of the session, at its end) are
 * written, and the bookmark moves on, all in one transaction.
 */
export async function chronicleSession(
  deps: ChronicleDeps,
  sessionId: string,
  options: { endOfSession?: boolean; given?: SessionEvent[]; party?: string[] } = {},
): Promise<Chronicled> {
  const read = await getSessionLinkAndPeople(deps.db, sessionId);
  if (!read) throw new Error(`There is no session "${sessionId}"`);
  const { link, people } = read;
  // Entries handed over are used when they follow the bookmark exactly; otherwise (a lost request, a restart) the log is read.
  const given = options.given?.filter((e) => e.seq > link.chronicledSeq) ?? [];
  const follows = given.length > 0 && given[0]!.seq === link.chronicledSeq + 1;
  const fresh = follows ? given : await listSessionEvents(deps.db, { sessionId, afterSeq: link.chronicledSeq });
  const party = options.party ?? ((await getSessionById(deps.db, { id: sessionId }))?.state.party ?? []).map((c) => c.name);
  const known: KnownNames = { party, people };
  const facts = [...(link.chronicledSeq === 0 && !link.previousSessionId ? campaignFacts(fresh) : []), ...(await factsOf(deps, fresh, known))];
  const summaries = await stretchSummaries(deps, sessionId, fresh, known, options.endOfSession ?? false);
  const embeddings = facts.length ? await embedPassages(deps.embedder, facts.map((f) => `${f.subject}: ${f.text}`)) : [];
  const throughSeq = fresh.at(-1)?.seq ?? link.chronicledSeq;
  // Most commits hold nothing to remember: moving the bookmark is then one write, with no transaction around it.
  if (facts.length === 0 && summaries.length === 0) {
    if (throughSeq > link.chronicledSeq) await markChronicled(deps.db, sessionId, throughSeq);
    return { facts: 0, summaries: 0, throughSeq };
  }
  const added = await deps.db.transaction(async (tx) => {
    const n = await insertFacts(tx, {
      campaignId: link.campaignId,
      chronicleId: link.chronicleId,
      sessionId,
      dimensions: deps.embedder.dimensions,
      facts: facts.map((f, i) => ({ ...f, embedding: embeddings[i]! })),
    });
    // A quest seen through closes the open ones about the same subject; the sentence that closed it stays as a fact.
    await closeQuests(tx, { chronicleId: link.chronicleId, subjects: facts.filter((f) => f.kind === 'quest' && f.detail.status === 'done').map((f) => f.subject) });
    await insertSummaries(tx, { campaignId: link.campaignId, chronicleId: link.chronicleId, sessionId, summaries });
    await markChronicled(tx, sessionId, throughSeq);
    return n;
  });
  return { facts: added, summaries: summaries.length, throughSeq };
}

/** The recap a continued session opens with: the last session's own summary, or its scenes' when it has none. */
export async function recapOf(db: Database, input: { chronicleId: string; sessionId: string }): Promise<string | null> {
  const summaries = await listSummaries(db, { chronicleId: input.chronicleId, reader: { kind: 'dm' }, sessionId: input.sessionId });
  const session = summaries.find((s) => s.tier === 'session');
  if (session) return session.text;
  const scenes = summaries.filter((s) => s.tier !== 'session').reverse();
  return scenes.length ? scenes.map((s) => s.text).join(' ') : null;
}
