import type { Scene } from '@/lib/rules/state';

type Props = {
  scene: Scene;
  /** Puts a ready-made action in the action box; absent for someone who cannot act here. */
  onSuggest?: (text: string) => void;
};

/**
 * What the place offers at a glance: the ways on, the people and the things
 * in it. For someone who may act, each is a button that writes the plain
 * words for it into the action box, to send as they are or change first.
 */
export function ScenePanel({ scene, onSuggest }: Props) {
  const groups = [
    { title: 'Ways on', items: scene.exits.map((e) => ({ id: e.id, label: e.name, words: `We take ${e.name}.` })) },
    { title: 'People', items: scene.people.map((p) => ({ id: p.id, label: `${p.name}, ${p.role}`, words: `I talk to ${p.name}.` })) },
    { title: 'Things here', items: scene.objects.map((o) => ({ id: o.id, label: o.name, words: `I take a closer look at ${o.name}.` })) },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="panel scene" aria-label={`At ${scene.title}`} data-testid="scene-panel">
      <h2>{scene.title}</h2>
      {groups.map((group) => (
        <div key={group.title}>
          <h3>{group.title}</h3>
          <ul className="scene-list">
            {group.items.map((item) => (
              <li key={item.id}>
                {onSuggest ? (
                  <button type="button" className="link-button" data-testid={`scene-${item.id}`} onClick={() => onSuggest(item.words)}>
                    {item.label}
                  </button>
                ) : (
                  <span data-testid={`scene-${item.id}`}>{item.label}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
