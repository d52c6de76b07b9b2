import type { Queryable } from '../types';

/** A character someone built, as kept: its stored sheet is parsed by the rules where it is used. */
export type PlayerCharacterRecord = {
  id: string;
  ownerId: string;
  name: string;
  /** The stored character (lib/rules/sheet/stored-character.ts), as written. */
  data: unknown;
  portraitAssetId: string | null;
  /** The table it plays at, and its id in that table's party; null while it is only its owner's. */
  sessionId: string | null;
  partyId: string | null;
  createdAt: string;
  updatedAt: string;
};

type Row = {
  id: string;
  owner_id: string;
  name: string;
  data: unknown;
  portrait_asset_id: string | null;
  session_id: string | null;
  party_id: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const columns = 'id, owner_id, name, data, portrait_asset_id, session_id, party_id, created_at, updated_at';
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : value);

function toRecord(row: Row): PlayerCharacterRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    data: row.data,
    portraitAssetId: row.portrait_asset_id,
    sessionId: row.session_id,
    partyId: row.party_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export async function insertPlayerCharacter(
  db: Queryable,
  input: { id: string; ownerId: string; name: string; data: unknown; portraitAssetId: string | null },
): Promise<PlayerCharacterRecord> {
  const { rows } = await db.query<Row>(
    `insert into player_characters (id, owner_id, name, data, portrait_asset_id) values ($1, $2, $3, $4, $5) returning ${columns}`,
    [input.id, input.ownerId, input.name, JSON.stringify(input.data), input.portraitAssetId],
  );
  return toRecord(rows[0]!);
}

export async function getPlayerCharacterById(db: Queryable, { id }: { id: string }): Promise<PlayerCharacterRecord | null> {
  const { rows } = await db.query<Row>(`select ${columns} from player_characters where id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** A person's characters, newest first. */
export async function listPlayerCharactersByOwner(db: Queryable, { ownerId }: { ownerId: string }): Promise<PlayerCharacterRecord[]> {
  const { rows } = await db.query<Row>(`select ${columns} from player_characters where owner_id = $1 order by created_at desc, id`, [ownerId]);
  return rows.map(toRecord);
}

/** Rewrites a character that plays at no table; null when it does (or is gone). */
export async function updatePlayerCharacter(
  db: Queryable,
  input: { id: string; name: string; data: unknown; portraitAssetId: string | null },
): Promise<PlayerCharacterRecord | null> {
  const { rows } = await db.query<Row>(
    `update player_characters set name = $2, data = $3, portrait_asset_id = $4, updated_at = now()
     where id = $1 and session_id is null returning ${columns}`,
    [input.id, input.name, JSON.stringify(input.data), input.portraitAssetId],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Deletes a character that plays at no table; false when it does (or is gone). */
export async function deletePlayerCharacter(db: Queryable, { id }: { id: string }): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>('delete from player_characters where id = $1 and session_id is null returning id', [id]);
  return rows.length > 0;
}

/** Marks a character as playing at a table under a party id; false when it already plays somewhere. */
export async function seatPlayerCharacter(db: Queryable, input: { id: string; sessionId: string; partyId: string }): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    'update player_characters set session_id = $2, party_id = $3, updated_at = now() where id = $1 and session_id is null returning id',
    [input.id, input.sessionId, input.partyId],
  );
  return rows.length > 0;
}

/** Takes a character back from a table it was being brought to (the table refused it). */
export async function unseatPlayerCharacter(db: Queryable, input: { id: string; sessionId: string }): Promise<void> {
  await db.query('update player_characters set session_id = null, party_id = null, updated_at = now() where id = $1 and session_id = $2', [
    input.id,
    input.sessionId,
  ]);
}

/** The person's character that plays at a table under a party id, if the party member is one. */
export async function getPlayerCharacterAtTable(db: Queryable, input: { sessionId: string; partyId: string }): Promise<PlayerCharacterRecord | null> {
  const { rows } = await db.query<Row>(`select ${columns} from player_characters where session_id = $1 and party_id = $2`, [input.sessionId, input.partyId]);
  return rows[0] ? toRecord(rows[0]) : null;
}
