/** Invitation tokens are URL-safe base64: anything else is no invitation of ours. */
export function isInviteToken(raw: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(raw);
}
