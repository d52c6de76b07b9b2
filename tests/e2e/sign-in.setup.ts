import { expect, test as setup } from '@playwright/test';

setup('sign in as the game master every other test plays as', async ({ request }) => {
  const response = await request.post('/api/auth/session', { data: { name: 'Robin' } });
  expect(response.status()).toBe(200);
  await request.storageState({ path: process.env.E2E_SIGNED_IN! });
});
