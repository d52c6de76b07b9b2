import { notFound } from 'next/navigation';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { findDraft } from '@/lib/campaigns/drafts';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { CampaignWorkshop } from './_components/campaign-workshop';

export const dynamic = 'force-dynamic';

export default async function CampaignDraftPage({ params }: { params: Promise<{ id: string }> }) {
  try {
    const id = parseId((await params).id, 'campaign draft');
    const { db } = await getRuntime();
    const record = await findDraft(db, id);
    if (!record) notFound();
    return <CampaignWorkshop id={record.id} initialMessages={record.messages} initialDraft={record.draft} initialCampaignId={record.campaignId} />;
  } catch (error) {
    if (AppError.is(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
