// npm run supabase:seed: writes supabase/seed.sql (the sample campaign) from lib/campaigns/sample.ts.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seedFile } from '@/lib/campaigns/seed-sql';
import { sampleCampaign } from '@/lib/campaigns/sample';

const file = path.join(import.meta.dirname, '..', 'supabase', 'seed.sql');
await writeFile(file, seedFile(sampleCampaign));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
