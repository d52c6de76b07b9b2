import type { Choice } from '@/lib/characters/builder-options';
import { toggled } from './builder-state';
import { ChoiceGroup } from './choice-group';
import type { StepProps } from './step-props';

/** The class's skills (those the background or ancestry already give are marked), and expertise where the class gives it. */
export function StepSkills({ options, draft, update }: StepProps) {
  const cls = options.classes.find((c) => c.id === draft.class.id);
  const background = options.backgrounds.find((b) => b.id === draft.background.id);
  if (!cls) return <p className="muted">Choose a class first: it says which skills you may learn.</p>;
  const given: Record<string, string> = {};
  for (const s of background?.skills ?? []) given[s.value] = `from the ${background!.name}`;
  for (const s of draft.ancestry.skills) given[s] = 'from your ancestry';
  const proficient = [...new Set([...Object.keys(given), ...draft.class.skills])];
  const labels = new Map([...cls.skillChoice.from, ...(background?.skills ?? [])].map((c) => [c.value, c.label]));
  const expertiseChoices: Choice[] = [...proficient.map((s) => ({ value: s, label: labels.get(s) ?? s })), ...(cls.id === 'rogue' ? [{ value: 'thieves-tools', label: "Thieves' tools" }] : [])];

  return (
    <>
      <ChoiceGroup
        legend={`${cls.name} skills`}
        choices={cls.skillChoice.from}
        chosen={draft.class.skills}
        max={cls.skillChoice.choose}
        given={given}
        onToggle={(v) => update((d) => ({ ...d, class: { ...d.class, skills: toggled(d.class.skills, v, cls.skillChoice.choose), expertise: d.class.expertise.filter((e) => e !== v || given[v]) } }))}
        testId="class-skills"
      />
      {cls.expertise > 0 && (
        <ChoiceGroup
          legend="Expertise: proficiency counted twice"
          choices={expertiseChoices}
          chosen={draft.class.expertise}
          max={cls.expertise}
          onToggle={(v) => update((d) => ({ ...d, class: { ...d.class, expertise: toggled(d.class.expertise, v, cls.expertise) } }))}
          testId="expertise"
        />
      )}
    </>
  );
}
