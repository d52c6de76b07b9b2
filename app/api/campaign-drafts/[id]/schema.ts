import { z } from 'zod';
import { campaignDraftSchema } from '@/lib/campaigns/draft';

export const draftEdit = z.object({ draft: campaignDraftSchema });
