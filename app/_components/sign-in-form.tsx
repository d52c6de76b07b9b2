'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSubmit } from './use-submit';
import { FormError } from '@/app/_components/form-error';

export type SupabaseSettings = { url: string; anonKey: string } | null;

/**
 * Hosted with Supabase Auth, the browser first signs in with Supabase (anonymously: a name is all a table
 * needs) and sends the access token, which the server confirms with Supabase before it seals the cookie.
 */
async function supabaseAccessToken(supabase: SupabaseSettings): Promise<string | undefined> {
  if (!supabase) return undefined;
  const { createClient } = await import('@supabase/supabase-js');
  const auth = createClient(supabase.url, supabase.anonKey).auth;
  const current = (await auth.getSession()).data.session;
  if (current) return current.access_token;
  const { data, error } = await auth.signInAnonymously();
  if (error || !data.session) throw new Error(`Supabase sign-in failed: ${error?.message ?? 'no session'}`);
  return data.session.access_token;
}

/**
 * Choosing a name is all it takes to sit at a table; the browser keeps it in a sealed cookie. The Supabase
 * project comes from the server at request time, so one build serves any deployment.
 */
export function SignInForm({ current, prompt, supabase }: { current?: string; prompt: string; supabase: SupabaseSettings }) {
  const router = useRouter();
  const [name, setName] = useState(current ?? '');
  const { busy, error, submit } = useSubmit(async () => {
    const response = await fetch('/api/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, accessToken: await supabaseAccessToken(supabase) }),
    });
    if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? 'Could not sign in');
    router.refresh();
  });

  return (
    <form className="sign-in" onSubmit={submit} aria-label="Your name">
      <label htmlFor="player-name">{prompt}</label>
      <div className="sign-in-row">
        <input
          id="player-name"
          data-testid="player-name"
          value={name}
          maxLength={40}
          autoComplete="nickname"
          required
          onChange={(e) => setName(e.target.value)}
        />
        <button className="button" type="submit" disabled={busy || name.trim().length === 0} data-testid="sign-in">
          {current ? 'Change name' : 'Sit down'}
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
