import { notFound } from 'next/navigation';
import { getRuntime } from '@/lib/agents/get-runtime';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { RulebookImport } from './_components/rulebook-import';

export const dynamic = 'force-dynamic';

export default async function RulebookImportPage({ params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    return <RulebookImport initial={imports.view(id)} />;
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
