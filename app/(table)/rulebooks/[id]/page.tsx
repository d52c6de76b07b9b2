import { notFound } from 'next/navigation';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { operatorGrant } from '@/lib/auth/operator';
import { readPageIdentity } from '@/lib/auth/page-identity';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { ruleSystem } from '@/lib/rulebooks/rule-systems';
import { AskRulebook } from './_components/ask-rulebook';
import { DeleteRuleSystem } from './_components/delete-rule-system';

export const dynamic = 'force-dynamic';

function Named({ title, entries }: { title: string; entries: Array<{ name: string; summary: string; page: number }> }) {
  return (
    <section data-testid={`module-${title.toLowerCase()}`}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">None recognised.</p>
      ) : (
        <dl>
          {entries.map((e) => (
            <div key={e.name}>
              <dt>
                {e.name} <span className="muted">p. {e.page}</span>
              </dt>
              <dd>{e.summary}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Words({ title, words }: { title: string; words: string[] }) {
  return (
    <section>
      <h2>{title}</h2>
      {words.length === 0 ? (
        <p className="muted">None recognised.</p>
      ) : (
        <div className="chips">
          {words.map((w) => (
            <span key={w} className="tag">
              {w}
            </span>
          ))}
        </div>
      )}
    </section>
  );
}

/** Entries read as data, folded away: a whole bestiary is a long list. */
function Entries({ title, entries }: { title: string; entries: Array<{ id: string; name: string; page: number; detail: string }> }) {
  return (
    <section data-testid={`module-${title.toLowerCase()}`}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">None read.</p>
      ) : (
        <details>
          <summary>
            {entries.length} {title.toLowerCase()}
          </summary>
          <ul className="section-list">
            {entries.map((e) => (
              <li key={e.id}>
                {e.name} <span className="muted">{e.detail} · p. {e.page}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Challenge as stat blocks print it: 1/8, 1/4 and 1/2 below 1. */
const challenge = (rating: number) => (rating > 0 && rating < 1 ? `1/${Math.round(1 / rating)}` : String(rating));

const levelName = (level: number, school: string) => (level === 0 ? `${school} cantrip` : `level ${level} ${school}`);

/** What an imported rulebook holds: the mechanics recognised as data, and the sections kept as searchable text. */
export default async function RuleSystemPage({ params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseId((await params).id, 'rule system');
    const { db } = await getRuntime();
    const [system, identity] = await Promise.all([ruleSystem(db, id), readPageIdentity()]);
    const mayDelete = identity !== null && (system.importedBy === identity.userId || (await operatorGrant(db, identity)) !== null);
    const { module } = system;
    return (
      <>
        <section className="hero">
          <h1>{system.name}</h1>
          <p>
            {system.sourceName} · {system.pageCount} pages · {system.chunkCount} passages the DM can search (
            {system.embeddingModel}, {system.dimensions} dimensions)
          </p>
          {mayDelete && <DeleteRuleSystem id={system.id} name={system.name} />}
        </section>
        <AskRulebook ruleSystemId={system.id} />
        <div className="rule-module" data-testid="rule-module">
          <Named title="Conditions" entries={module.conditions} />
          <Named title="Actions" entries={module.actions} />
          <Words title="Abilities" words={module.abilities} />
          <Words title="Skills" words={module.skills} />
          <Words title="Damage types" words={module.damageTypes} />
          <Entries
            title="Monsters"
            entries={module.monsters.map((m) => ({ ...m, detail: `CR ${challenge(m.challengeRating)}, AC ${m.armorClass[0]!.value}, HP ${m.hitPoints}` }))}
          />
          <Entries title="Spells" entries={module.spells.map((s) => ({ ...s, detail: levelName(s.level, s.school) }))} />
          <section>
            <h2>Sections imported</h2>
            <ul className="section-list">
              {system.structure.map((s) => (
                <li key={s.id} style={{ paddingLeft: `${(s.depth - 1) * 16}px` }}>
                  {s.title} <span className="muted">p. {s.pageStart}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </>
    );
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
