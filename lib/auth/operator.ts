import { getConfig } from '@/lib/config';
import { claimInstallOperator, getInstallOperator } from '@/lib/db/queries/operators';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { Identity } from './identity';

/** Why someone may open the ops pages: listed in OPERATOR_IDS, or the first to sign in on this embedded install. */
export type OperatorGrant = 'configured' | 'first-sign-in';

/** Whether this person operates the install, and why; null for everyone else. */
export async function operatorGrant(db: Queryable, identity: Identity): Promise<OperatorGrant | null> {
  const { operators } = getConfig();
  if (operators.ids.includes(identity.userId)) return 'configured';
  if (operators.firstSignIn && (await getInstallOperator(db)) === identity.userId) return 'first-sign-in';
  return null;
}

/** The ops pages and APIs are for operators alone; a game master sees their own tables' turns elsewhere. */
export async function requireOperator(db: Queryable, identity: Identity): Promise<OperatorGrant> {
  const grant = await operatorGrant(db, identity);
  if (!grant) {
    throw new AppError('forbidden', `The ops pages are for this install's operators. Your user id is ${identity.userId}: an operator can add it to OPERATOR_IDS`);
  }
  return grant;
}

/** On a fresh embedded install with no operators configured, the first person to sign in becomes its operator. */
export async function claimFirstSignIn(db: Queryable, identity: Identity): Promise<void> {
  if (getConfig().operators.firstSignIn) await claimInstallOperator(db, { userId: identity.userId });
}
