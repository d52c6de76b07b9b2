/** What a fact in a campaign's register is about. */
export const factKinds = ['person', 'place', 'item', 'quest', 'promise', 'clue', 'faction', 'event'] as const;
export type FactKind = (typeof factKinds)[number];

/** A fact as the Chronicler finds it in the log, before it is stored. */
export type NewFact = {
  kind: FactKind;
  /** Who or what it is about, as the story names them: "Maren", "the Drowned Bell". */
  subject: string;
  /** The fact as one sentence. */
  text: string;
  /** A person's role and attitude, a quest's status (open or done). */
  detail: { role?: string; attitude?: string; status?: 'open' | 'done' };
  /** The party members who witnessed it; null when the whole table did. */
  witnesses: string[] | null;
  /** The DM's alone: never in a player's prompt or feed. */
  secret: boolean;
  /** The log entry it came from; null for what the campaign itself states. */
  sourceSeq: number | null;
};

/** A fact in the register. */
export type Fact = NewFact & {
  id: string;
  sessionId: string | null;
  pinned: boolean;
  correctedBy: string | null;
  createdAt: string;
};

export type SummaryTier = 'scene' | 'fight' | 'session';

/** A summary the Chronicler wrote of a stretch of the log. */
export type NewSummary = {
  tier: SummaryTier;
  title: string;
  text: string;
  /** 3 for a session, 2 for a fight or a death, 1 for a scene. */
  importance: 1 | 2 | 3;
  fromSeq: number;
  toSeq: number;
  witnesses: string[] | null;
};

export type Summary = NewSummary & { id: string; sessionId: string; createdAt: string };

/** The heading the latest lines of the log go under in every prompt; the offline models read them back by it. */
export const RECENT_TITLE = 'Recent events';

/**
 * One block of a prompt's context, with what it cost and why it was sent:
 * what the game master sees in the context inspector.
 */
export type ContextBlock = {
  id: 'pinned' | 'summaries' | 'facts' | 'recent';
  title: string;
  lines: string[];
  tokens: number;
  /** Why these lines were chosen, in plain words. */
  why: string;
  /** Lines left out to stay within the block's budget. */
  dropped: number;
};

/** The story's memory as a prompt carries it. */
export type PromptMemory = { blocks: ContextBlock[] };

/** One entry of the log as the Chronicler reads it: what was said, and who was there. */
export type Passage = { seq: number; text: string; witnesses: string[] | null };

/** The Chronicler's pen when a model writes for it; null from either means "read it without a model". */
export type ChronicleWriter = {
  facts(passages: readonly Passage[], abortSignal?: AbortSignal): Promise<NewFact[] | null>;
  summary(title: string, passages: readonly Passage[], abortSignal?: AbortSignal): Promise<string | null>;
};
