-- Imported rule systems and their passages, embedded for retrieval.
create table public.rule_systems (
  id uuid primary key,
  name text not null,
  -- The file it came from, e.g. the PDF's name.
  source_name text not null,
  page_count integer not null check (page_count >= 0),
  -- The embedder that embedded its passages ('local-hash-384', 'text-embedding-3-small', ...) and its vectors' length:
  -- a question is embedded by the same model, so systems embedded by different models can live side by side.
  embedding_model text not null,
  dimensions integer not null check (dimensions between 1 and 16000),
  -- How many passages it has, so a search can tell a small system among large ones without counting.
  chunk_count integer not null default 0 check (chunk_count >= 0),
  -- The mechanics recognised in the text (a RuleModule).
  module jsonb not null default '{}'::jsonb,
  -- The sections without their text (a list), for display.
  structure jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  -- So each passage can name its system's vector length in its foreign key.
  unique (id, dimensions)
);
alter table public.rule_systems enable row level security;

create table public.rule_chunks (
  id bigint generated always as identity primary key,
  rule_system_id uuid not null,
  -- Always the system's own; the foreign key sees to it, and the partial vector indexes select on it.
  dimensions integer not null,
  ordinal integer not null,
  section_id text not null,
  heading text not null,
  page_start integer not null,
  page_end integer not null,
  text text not null,
  -- No fixed length, so several embedders' vectors can coexist; each length has its own index below.
  embedding vector not null check (vector_dims(embedding) = dimensions),
  tsv tsvector generated always as (to_tsvector('english'::regconfig, heading || ' ' || text)) stored,
  foreign key (rule_system_id, dimensions) references public.rule_systems (id, dimensions) on delete cascade,
  unique (rule_system_id, ordinal)
);
alter table public.rule_chunks enable row level security;

create index rule_chunks_tsv_idx on public.rule_chunks using gin (tsv);

-- Nearest passages by cosine distance, one graph per vector length an embedder produces.
-- Queries must say `dimensions = N` and order by `embedding::vector(N) <=> $1::vector(N)` to use them.
-- m = 16 and ef_construction = 128 (with hnsw.ef_search = 200 per query) were chosen by
-- `npm run bench -- retrieval`: recall@10 above 0.98 over 10k passages and above 0.95 over 100k;
-- ef_construction = 64 (the default) gave too poor a graph for the local embedder's vectors.
create index rule_chunks_embedding_384_idx on public.rule_chunks
  using hnsw ((embedding::vector(384)) vector_cosine_ops) with (m = 16, ef_construction = 128)
  where dimensions = 384;
create index rule_chunks_embedding_1536_idx on public.rule_chunks
  using hnsw ((embedding::vector(1536)) vector_cosine_ops) with (m = 16, ef_construction = 128)
  where dimensions = 1536;
