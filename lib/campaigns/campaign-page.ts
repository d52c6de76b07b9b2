import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { listFacts, type FactReader } from '@/lib/db/queries/campaign-facts';
import { listSummaries } from '@/lib/db/queries/campaign-summaries';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { getSessionById } from '@/lib/db/queries/sessions';
import { listChronicleSessions } from '@/lib/db/queries/session-chain';
import { AppError } from '@/lib/errors';
import type { Fact, FactKind, Summary } from '@/lib/memory/types';
import { applyPatches } from '@/lib/rules/patches';
import type { TableRuntime } from '@/lib/table/table-runtime';
import { campaignAccess, type CampaignRun } from './campaign-access';

/** The kinds of fact the journal lists; quests have their own log, the rest stay with the DM's prompt. */
const JOURNAL_KINDS: FactKind[] = ['person', 'place', 'clue', 'promise'];

export type CampaignSessionRow = { id: string; number: number; startedAt: string; endedAt: string | null };
export type PartyRow = { id: string; name: string; ancestry: string; className: string; level: number; hp: number; maxHp: number };

/** What the campaign page shows a person, already cut to what they may read. */
export type CampaignPageData = {
  campaign: { id: string; title: string; summary: string };
  gm: boolean;
  sessions: CampaignSessionRow[];
  /** The session the campaign goes on from, and whether its game master may continue it now. */
  latest: (CampaignSessionRow & { continuable: boolean }) | null;
  party: PartyRow[];
  quests: Fact[];
  journal: Array<{ session: CampaignSessionRow; summaries: Summary[] }>;
  facts: Fact[];
  /** The runs of the campaign the person sat at, oldest first, numbered, with the one shown marked. */
  runs: Array<CampaignRun & { number: number; shown: boolean }>;
};

/** Every fact any of the person's readers may see, each once, newest first. */
async function readable<T extends { id: string; createdAt: string }>(readers: FactReader[], read: (reader: FactReader) => Promise<T[]>): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const reader of readers) for (const item of await read(reader)) seen.set(item.id, item);
  return [...seen.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A campaign as those who played it see it: its sessions, the party now, its quests and its journal. */
export async function campaignPage(runtime: Pick<TableRuntime, 'db'>, input: { identity: Identity; campaignId: string; run?: string }): Promise<CampaignPageData> {
  const { db } = runtime;
  const campaign = await getCampaignById(db, { id: input.campaignId });
  if (!campaign) throw new AppError('not_found', `There is no campaign "${input.campaignId}"`);
  const access = await campaignAccess(db, input.identity, input.campaignId, input.run);
  const links = await listChronicleSessions(db, access.chronicleId);
  const sessions = links.map((s, i) => ({ id: s.id, number: i + 1, startedAt: s.createdAt, endedAt: s.endedAt }));
  const last = sessions.at(-1) ?? null;
  const record = last ? await getSessionById(db, { id: last.id }) : null;
  const party = record
    ? applyPatches(record.state, []).party.map((c) => ({ id: c.id, name: c.name, ancestry: c.ancestry, className: c.className, level: c.level, hp: c.hp, maxHp: c.maxHp }))
    : [];
  const { chronicleId } = access;
  const [quests, facts, summaries] = await Promise.all([
    readable(access.readers, (reader) => listFacts(db, { chronicleId, reader, kinds: ['quest'] })),
    readable(access.readers, (reader) => listFacts(db, { chronicleId, reader, kinds: JOURNAL_KINDS, limit: 100 })),
    readable(access.readers, (reader) => listSummaries(db, { chronicleId, reader })),
  ]);
  const journal = [...sessions]
    .reverse()
    .map((session) => ({ session, summaries: summaries.filter((s) => s.sessionId === session.id) }))
    .filter((group) => group.summaries.length > 0);
  return {
    campaign: { id: campaign.id, title: campaign.title, summary: campaign.summary },
    gm: access.gm,
    sessions,
    latest: last && { ...last, continuable: access.gm && last.endedAt !== null },
    party,
    quests,
    journal,
    facts,
    runs: access.runs.map((run, i) => ({ ...run, number: i + 1, shown: run.chronicleId === access.chronicleId })),
  };
}
