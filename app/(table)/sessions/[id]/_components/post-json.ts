/** Sends a table command and turns a refusal into the server's own message. */
export async function postJson(url: string, body: unknown, method = 'POST'): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.error?.message ?? `Refused (${response.status})`);
  return response.status === 204 ? null : response.json();
}
