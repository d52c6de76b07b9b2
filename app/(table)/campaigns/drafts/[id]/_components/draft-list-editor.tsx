'use client';

import { useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import { readEditedLines } from '@/lib/campaigns/draft-answers';
import { draftFieldLabels, type CampaignDraft, type DraftField } from '@/lib/campaigns/draft';
import { FormError } from '@/app/_components/form-error';

type ListField = 'villain' | 'factions' | 'locations' | 'npcs' | 'hooks' | 'startingLevel' | 'partySize';
const FIELDS: ListField[] = ['villain', 'factions', 'locations', 'npcs', 'hooks', 'startingLevel', 'partySize'];
const HINTS: Record<ListField, string> = {
  villain: 'Name: what drives them',
  factions: 'One per line: Name: their goal',
  locations: 'One per line: Place: what it is like, and its danger',
  npcs: 'One per line: Name: role',
  hooks: 'One per line',
  startingLevel: '1 to 20',
  partySize: '1 to 8',
};

/** The draft's parts as text a person can edit: one item per line, "Name: description". */
function asText(draft: CampaignDraft, field: ListField): string {
  switch (field) {
    case 'villain':
      return draft.villain ? `${draft.villain.name}: ${draft.villain.description}` : '';
    case 'factions':
      return (draft.factions ?? []).map((f) => `${f.name}: ${f.goal}`).join('\n');
    case 'locations':
      return (draft.locations ?? []).map((l) => `${l.title}: ${l.description}`).join('\n');
    case 'npcs':
      return (draft.npcs ?? []).map((n) => `${n.name}: ${n.role}`).join('\n');
    case 'hooks':
      return (draft.hooks ?? []).join('\n');
    default:
      return draft[field] === undefined ? '' : String(draft[field]);
  }
}

/** Every other part of the draft, edited by hand: what the assistant wrote is only a start. */
export function DraftListEditor({ id, draft, onSaved }: { id: string; draft: CampaignDraft; onSaved: (draft: CampaignDraft) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<Partial<Record<ListField, string>>>({});
  const value = (field: ListField) => text[field] ?? asText(draft, field);
  const { busy, error, submit } = useSubmit(async () => {
    const changes = Object.assign({}, ...FIELDS.filter((f) => text[f] !== undefined).map((f) => readEditedLines(f as DraftField, text[f]!) ?? {}));
    const response = await fetch(`/api/campaign-drafts/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft: { ...draft, ...changes } }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? 'Could not save the edits');
    setText({});
    setOpen(false);
    onSaved(body.draft);
  });
  if (!open) {
    return (
      <button type="button" className="button secondary" onClick={() => setOpen(true)} data-testid="edit-draft-parts">
        Edit the villain, places, people and the rest
      </button>
    );
  }
  return (
    <form className="draft-editor" onSubmit={submit} aria-label="Edit the draft" data-testid="draft-editor">
      {FIELDS.map((field) => (
        <label key={field} className="draft-field">
          <span>{draftFieldLabels[field].replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}</span>
          {field === 'startingLevel' || field === 'partySize' ? (
            <input type="number" min={1} max={field === 'partySize' ? 8 : 20} value={value(field)} onChange={(e) => setText({ ...text, [field]: e.target.value })} data-testid={`edit-${field}`} />
          ) : (
            <textarea rows={field === 'villain' ? 2 : 4} placeholder={HINTS[field]} value={value(field)} onChange={(e) => setText({ ...text, [field]: e.target.value })} data-testid={`edit-${field}`} />
          )}
        </label>
      ))}
      <div className="draft-editor-actions">
        <button className="button" type="submit" disabled={busy} data-testid="save-draft-parts">
          {busy ? 'Saving…' : 'Save these parts'}
        </button>
        <button type="button" className="button secondary" onClick={() => (setText({}), setOpen(false))}>
          Cancel
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
