import { getConfig } from '@/lib/config';
import { SignInForm } from './sign-in-form';

/** The sign-in form, with the Supabase project that signs people in when the app is hosted. */
export function SignIn(props: { current?: string; prompt: string }) {
  return <SignInForm {...props} supabase={getConfig().auth.supabase} />;
}
