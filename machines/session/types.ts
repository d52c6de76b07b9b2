import type { LevelUpChoices } from '@/lib/rules/advancement/level-up-choices';
import type { Placement } from '@/lib/rules/gm-placement';
import type { StatePatch } from '@/lib/rules/patches';
import type { AgentUsage, NewSessionEvent } from '@/lib/rules/session-log';
import type { StoredCharacter } from '@/lib/rules/sheet/stored-character';
import type { RulesState } from '@/lib/rules/state';
import type { StagedTurn, TurnTaken } from '@/lib/rules/turn-bookkeeping';

export type SessionInput = {
  sessionId: string;
  state: RulesState;
  version: number;
  /** Who acted last, when the table is rebuilt from its log: after a person, the AI players are still owed their turns. */
  resumeAfter?: TurnTaken['controller'] | null;
  /** The game master paused play, and has not resumed it yet. */
  paused?: boolean;
};

export type PlayerActionEvent = { type: 'player.action'; turnId: string; characterId: string; text: string };
/** A battle map the generator drew after the party arrived. */
export type MapArrivedEvent = {
  type: 'map.arrived';
  locationId: string;
  rows: string[];
  partyStart: Array<{ x: number; y: number }>;
  others: Array<{ x: number; y: number }>;
  /** A painting of the map, when a model made one. */
  art: string | null;
};
/**
 * A seat changes hands: a person takes their character, or an AI player stands in for them.
 * `holder`, when given, is who holds the seat from now on (null: nobody); it is written with the event.
 */
export type SeatChangeEvent = { type: 'seat.change'; characterId: string; controller: 'human' | 'ai'; reason: string; holder?: string | null };
/**
 * A person brings a character of their own: it joins the party, played by
 * them (`holder`), and the seat is written with the log event.
 */
export type PartyJoinEvent = { type: 'party.join'; character: StoredCharacter; holder: string; reason: string };
/** Who holds a character's seat after a commit, written in the same transaction as its log event. */
export type SeatWrite = { characterId: string; userId: string | null };
/** The game master's hand on the table: pause, resume, or an edit of the state with a reason. */
export type TableCommandEvent =
  | { type: 'table.pause'; reason: string }
  | { type: 'table.resume'; reason: string }
  | { type: 'gm.edit'; patches: StatePatch[]; reason: string; by: string }
  /** The game master's milestone: XP to some characters or the whole party, with who and why. */
  | { type: 'xp.award'; characterIds: string[] | 'party'; amount: number; reason: string; by: string }
  /** A character takes its next level with its player's (or the game master's) choices. */
  | { type: 'level.up'; characterId: string; choices: LevelUpChoices; by: string }
  /** The game master places monsters (SRD ones by name, imported ones with their stat block): how many, and on which side. */
  | ({ type: 'gm.place' } & Placement)
  /** The game master chooses the rulebooks the table plays by; they are written with the log event. */
  | { type: 'rulebooks.choose'; ruleSystems: Array<{ id: string; name: string }>; by: string };
/** The generator could not draw a place's battle map (or the campaign has one): play goes on without. */
export type MapUnavailableEvent = { type: 'map.unavailable'; locationId: string };
/** What the table does between turns: a seat changing hands, a character joining, or the game master's hand. */
export type TableCommand = SeatChangeEvent | PartyJoinEvent | TableCommandEvent;
export type SessionMachineEvent = PlayerActionEvent | MapArrivedEvent | MapUnavailableEvent | TableCommand;

/** What became of a command the table took: committed, ignored (it changed nothing), or refused at commit with the reason. */
export type CommandOutcome = { kind: 'committed' } | { kind: 'ignored' } | { kind: 'failed'; reason: string };
/** What the machine tells its host: a command's fate, and a person's fight turn that ran past the turn timeout. */
export type SessionEmitted = { type: 'command.settled'; command: TableCommand; outcome: CommandOutcome } | { type: 'turn.overdue'; characterId: string };

export type PendingMap = Omit<MapArrivedEvent, 'type'>;
/** A battle map to ask for: the place, and what the generator draws it from. */
export type MapRequestInput = { locationId: string; title: string; terrain: RulesState['scene']['mapStyle'] };

export type DecidedAction = { characterId: string; text: string; usage: AgentUsage | null };
/** A decision remembers whether it was made for a fight: one made in a fight that has since ended is stale. */
export type PendingDecision = DecidedAction & { inFight: boolean };

export type ResolveActionInput = { turnId: string; characterId: string; controller: TurnTaken['controller']; action: string; state: RulesState };
export type DecideActionsInput = { characterIds: string[]; state: RulesState };
export type CommitTurnInput = {
  expectedVersion: number;
  state: RulesState;
  events: NewSessionEvent[];
  /** The queued action this commit applies (a person's turn), marked applied in the same transaction. */
  appliedActionId: string | null;
  /** A seat that changes hands with this commit's events. */
  seat: SeatWrite | null;
  /** The rulebooks the table plays by from this commit on, when it changes them. */
  ruleSystems: string[] | null;
};

export type SessionContext = Omit<SessionInput, 'resumeAfter' | 'paused'> & {
  paused: boolean;
  turn: TurnTaken | null;
  /** AI players' actions decided together, waiting to be resolved in order. */
  decided: PendingDecision[];
  staged: (StagedTurn & { seat?: SeatWrite; ruleSystems?: string[] }) | null;
  /** Actions resolved since a person last acted; bounds a fight the AI could otherwise play on alone. */
  autoSteps: number;
  lastError: string | null;
  /** Commands that came while the table was busy, taken in order once it waits for a person again. */
  commands: TableCommand[];
  /** The command whose commit is under way, so its sender hears what became of it. */
  committingCommand: TableCommand | null;
  /** A battle map that came while the table was busy, laid out once it is free. */
  map: PendingMap | null;
  /** Places a battle map was asked for, so each is asked for once. */
  mapsAsked: string[];
};

