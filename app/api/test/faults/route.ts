import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { testFaults } from '@/lib/agents/test-faults';
import { diagnosticSwitches } from '@/lib/config';
import { faultsBody } from './schema';

/** Test mode only (ROUNDTABLE_TEST_HOOKS=1): switches faults on and off; anywhere else it does not exist. */
export async function POST(request: Request) {
  return respond(request, async () => {
    if (!diagnosticSwitches().testHooks) throw new AppError('not_found', 'Not found');
    Object.assign(testFaults(), await readJson(request, faultsBody));
    return Response.json(testFaults());
  });
}
