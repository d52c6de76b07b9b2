import { expect, request as newRequest, type APIRequestContext, type APIResponse } from '@playwright/test';

/** A refusal with the status and a message that says why. */
export async function refused(response: APIResponse, status: number, message: RegExp) {
  expect(response.status(), `${response.url()} answered ${await response.text()}`).toBe(status);
  expect((await response.json()).error.message).toMatch(message);
}

/** Someone new, signed in under `name` (or nobody, for null), with a cookie jar of their own. */
export async function person(baseURL: string, name: string | null): Promise<APIRequestContext> {
  const context = await newRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  if (name) expect((await context.post('/api/auth/session', { data: { name } })).status()).toBe(200);
  return context;
}

/** Opens a table of the sample campaign as this person, its game master. */
export async function openTable(context: APIRequestContext): Promise<string> {
  const created = await context.post('/api/sessions', { data: { campaignId: 'sunken-shrine' } });
  expect(created.status()).toBe(201);
  return (await created.json()).sessionId;
}
