'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/app/_components/form-error';
import { useHydrated } from '@/app/_components/use-hydrated';

/** Picks a rulebook PDF and starts its import; the import's own page follows its progress. */
export function UploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const hydrated = useHydrated();

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError('Choose a PDF first');
    if (file.size > maxMegabytes * 1024 * 1024) return setError(`"${file.name}" is larger than ${maxMegabytes} MB`);
    setError(null);
    setSending(true);
    const form = new FormData();
    form.set('file', file);
    try {
      const response = await fetch('/api/rulebooks/imports', { method: 'POST', body: form });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error?.message ?? 'The upload failed');
      router.push(`/rulebooks/imports/${body.id}`);
    } catch (failure) {
      setError((failure as Error).message);
      setSending(false);
    }
  }

  return (
    <form className="upload-form" onSubmit={upload} data-testid="rulebook-upload" data-hydrated={hydrated ? 'true' : undefined}>
      <label className="upload-drop">
        <span>{file ? file.name : 'Choose a rulebook PDF'}</span>
        <span className="muted">Up to {maxMegabytes} MB, with a text layer (scanned pages cannot be read).</span>
        <input
          type="file"
          accept="application/pdf,.pdf"
          data-testid="rulebook-file"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
      </label>
      <button className="button" type="submit" disabled={!file || sending} data-testid="rulebook-upload-button">
        {sending ? 'Uploading…' : 'Import'}
      </button>
      <FormError message={error} testId="rulebook-upload-error" />
    </form>
  );
}
