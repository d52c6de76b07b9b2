import { notFound } from 'next/navigation';
import { getRuntime } from '@/lib/agents/get-runtime';
import { loadTable } from '@/lib/agents/load-table';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { parseSessionId } from '@/lib/http/session-id';
import { TableView } from './_components/table-view';

export const dynamic = 'force-dynamic';

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  try {
    const sessionId = parseSessionId((await params).id);
    const table = await loadTable(await getRuntime(), sessionId);
    return <TableView initial={table} maxActionLength={getConfig().maxActionLength} />;
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
