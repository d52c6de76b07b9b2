import { openPglite } from '@/lib/db/pglite';
import { saveRuleSystem, searchRuleChunks } from '@/lib/db/queries/rule-systems';
import { embedText } from '@/lib/rulebooks/local-embedder';
import { syntheticRulebook, questionAbout } from './bench/retrieval';
const chunks = syntheticRulebook(10000, 3).map((c) => ({ ...c, embedding: embedText(c.heading + '\n' + c.text) }));
const variant = process.argv[2];
const db = await openPglite('memory://');
await db.query('drop index rule_chunks_embedding_384_idx');
if (variant === 'nogin') await db.query('drop index rule_chunks_tsv_idx');
if (variant === 'fastoff') await db.query('alter index rule_chunks_tsv_idx set (fastupdate = off)');
if (variant === 'round') for (const c of chunks) c.embedding = c.embedding.map((x) => Number(x.toPrecision(7)));
if (variant === 'notsv') { await db.query('drop index rule_chunks_tsv_idx'); await db.query('alter table rule_chunks drop column tsv'); }
const t = performance.now();
const id = crypto.randomUUID();
await saveRuleSystem(db, { id, name: 'x', sourceName: 'x', pageCount: 1, embeddingModel: 'local-hash-384', dimensions: 384, module: { conditions: [], actions: [], abilities: [], skills: [], damageTypes: [] }, structure: [], chunks });
console.log(variant, 'load ms', Math.round(performance.now() - t));
if (variant !== 'nogin' && variant !== 'notsv') {
  let s = 9; const rng = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const qs = Array.from({ length: 100 }, (_, i) => questionAbout(chunks[Math.floor(rng() * chunks.length)]!, rng, i % 2 === 1));
  const times: number[] = [];
  for (const q of qs) { const t0 = performance.now(); await db.query(`select id, ts_rank_cd(tsv, q) r from rule_chunks, websearch_to_tsquery('english', $1) q where tsv @@ q order by r desc limit 40`, [q]); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(variant, 'text p50', times[50]!.toFixed(2), 'p95', times[95]!.toFixed(2), 'max', times[99]!.toFixed(2));
  if (variant === 'base') { await db.query(`select gin_clean_pending_list('rule_chunks_tsv_idx')`); const t2: number[] = []; for (const q of qs) { const t0 = performance.now(); await db.query(`select id, ts_rank_cd(tsv, q) r from rule_chunks, websearch_to_tsquery('english', $1) q where tsv @@ q order by r desc limit 40`, [q]); t2.push(performance.now() - t0); } t2.sort((a, b) => a - b); console.log('cleaned text p50', t2[50]!.toFixed(2), 'p95', t2[95]!.toFixed(2), 'max', t2[99]!.toFixed(2)); }
}
