import type { CampaignSeed } from './campaign';

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function json(value: unknown): string {
  return `${literal(JSON.stringify(value))}::jsonb`;
}

/**
 * A campaign as SQL, the rows `ensureCampaign` writes, for Supabase's
 * seed.sql; safe to run again (an existing campaign is left alone).
 */
export function campaignSeedSql(campaign: CampaignSeed): string {
  const data = { startLocationId: campaign.startLocationId, locations: campaign.locations };
  const characters = campaign.characters
    .map((character, position) => `  (${literal(character.id)}, ${literal(campaign.id)}, ${position}, ${json(character)})`)
    .join(',\n');
  return [
    `insert into public.campaigns (id, title, summary, data) values (${literal(campaign.id)}, ${literal(campaign.title)}, ${literal(campaign.summary)}, ${json(data)})`,
    'on conflict (id) do nothing;',
    `insert into public.characters (id, campaign_id, position, data) values\n${characters}`,
    'on conflict (campaign_id, id) do nothing;',
  ].join('\n');
}

/** supabase/seed.sql: the sample campaign, as `npm run supabase:seed` writes it. */
export function seedFile(campaign: CampaignSeed): string {
  return `-- The sample campaign, generated from lib/campaigns/sample.ts by \`npm run supabase:seed\`; do not edit by hand.\n${campaignSeedSql(campaign)}\n`;
}
