import { getRuntime } from '@/lib/agents/get-runtime';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { respond } from '@/lib/http/respond';

/** Every imported rule system, newest first. */
export async function GET() {
  return respond(async () => Response.json(await listRuleSystems((await getRuntime()).db)));
}
