'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import type { BuilderOptions } from '@/lib/characters/builder-options';
import { emptyDraft, requestBody, type BuilderDraft } from './builder-state';
import { PreviewPanel } from './preview-panel';
import { StepAbilities } from './step-abilities';
import { StepAncestry } from './step-ancestry';
import { StepBackground } from './step-background';
import { StepClass } from './step-class';
import { StepEquipment } from './step-equipment';
import { StepIdentity } from './step-identity';
import type { StepProps } from './step-props';
import { StepSkills } from './step-skills';
import { StepSpells } from './step-spells';
import { usePreview } from './use-preview';
import { FormError } from '@/app/_components/form-error';

type Step = { id: string; title: string; Body: (props: StepProps) => React.ReactNode; ready: (d: BuilderDraft) => boolean };

const steps: Step[] = [
  { id: 'ancestry', title: 'Ancestry', Body: StepAncestry, ready: (d) => d.ancestry.id !== '' },
  { id: 'class', title: 'Class', Body: StepClass, ready: (d) => d.class.id !== '' },
  { id: 'background', title: 'Background', Body: StepBackground, ready: (d) => d.background.id !== '' },
  { id: 'abilities', title: 'Abilities', Body: StepAbilities, ready: (d) => d.abilities.method !== 'rolled' || d.abilities.rolls.length === 6 },
  { id: 'skills', title: 'Skills', Body: StepSkills, ready: () => true },
  { id: 'equipment', title: 'Equipment', Body: StepEquipment, ready: () => true },
  { id: 'spells', title: 'Spells', Body: StepSpells, ready: () => true },
  { id: 'identity', title: 'Name & portrait', Body: StepIdentity, ready: (d) => d.name.trim() !== '' },
];

/** The character builder: one step at a time (Enter goes on), the sheet worked out on the server beside it; `then` is where to go once it is made. */
export function CharacterBuilder({ options, then = null }: { options: BuilderOptions; then?: string | null }) {
  const router = useRouter();
  const [draft, setDraft] = useState<BuilderDraft>(() => emptyDraft(options));
  const [at, setAt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const nav = useRef<HTMLElement>(null);
  const body = requestBody(draft);
  const { preview, error: previewError } = usePreview(body);
  const step = steps[at]!;
  const last = at === steps.length - 1;

  function go(to: number) {
    setAt(to);
    setError(null);
    requestAnimationFrame(() => {
      // Keyboard and screen-reader users land on the new step's heading; on a phone the step list scrolls to it.
      heading.current?.focus();
      nav.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  async function create() {
    setSaving(true);
    setError(null);
    try {
      const response = await fetch('/api/characters', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error?.message ?? 'The character could not be created');
      router.push(then ?? answer.url);
    } catch (e) {
      setError((e as Error).message);
      setSaving(false);
    }
  }

  function next(event: FormEvent) {
    event.preventDefault();
    if (!step.ready(draft)) return setError(`Finish “${step.title}” first.`);
    if (last) void create();
    else go(at + 1);
  }

  return (
    <div className="builder" data-testid="builder" data-step={step.id}>
      <nav className="builder-steps" aria-label="Steps" ref={nav}>
        <ol>
          {steps.map((s, i) => (
            <li key={s.id}>
              <button type="button" className={i === at ? 'current' : undefined} aria-current={i === at ? 'step' : undefined} onClick={() => go(i)} disabled={i > 0 && !steps[i - 1]!.ready(draft) && i > at} data-testid={`step-${s.id}`}>
                <span className="step-number">{i + 1}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <form className="builder-step panel" onSubmit={next} aria-labelledby="step-title">
        <h2 id="step-title" ref={heading} tabIndex={-1}>
          {step.title}
        </h2>
        <step.Body options={options} draft={draft} update={(change) => setDraft((d) => change(d))} preview={preview} />
        <FormError message={error} testId="builder-error" />
        <div className="builder-nav">
          {at > 0 && (
            <button type="button" className="button secondary" onClick={() => go(at - 1)}>
              Back
            </button>
          )}
          <button type="submit" className="button" disabled={saving} data-testid={last ? 'create-character' : 'next-step'}>
            {last ? (saving ? 'Creating…' : 'Create character') : 'Next'}
          </button>
        </div>
      </form>
      <PreviewPanel preview={preview} error={previewError} />
    </div>
  );
}
