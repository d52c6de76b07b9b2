'use client';

import { useState } from 'react';
import { FormError } from '@/app/_components/form-error';

/**
 * Deletes a rule system for its importer or an operator. While tables play by
 * it, the server names them first; deleting then takes a second, knowing click.
 */
export function DeleteRuleSystem({ id, name }: { id: string; name: string }) {
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (confirmed: boolean) => {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/rulebooks/${id}${confirmed ? '?confirm=true' : ''}`, { method: 'DELETE' }).catch(() => null);
    setBusy(false);
    if (response?.status === 204) return window.location.assign('/rulebooks');
    const message = (await response?.json().catch(() => null))?.error?.message ?? 'The rule system could not be deleted; try again.';
    if (response?.status === 409) setWarning(message);
    else setError(message);
  };

  return (
    <div className="danger-zone" data-testid="delete-rule-system">
      {warning ? (
        <>
          <p role="alert">{warning}.</p>
          <button className="button danger" type="button" disabled={busy} onClick={() => void remove(true)}>
            Delete “{name}” anyway
          </button>{' '}
          <button className="link-button" type="button" onClick={() => setWarning(null)}>
            Keep it
          </button>
        </>
      ) : (
        <button className="button" type="button" disabled={busy} onClick={() => void remove(false)}>
          Delete this rule system
        </button>
      )}
      <FormError message={error} />
    </div>
  );
}
