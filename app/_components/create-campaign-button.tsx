import { PostAndGoButton } from './post-and-go-button';

export function CreateCampaignButton() {
  return (
    <PostAndGoButton
      endpoint="/api/campaign-drafts"
      label="Write a new campaign"
      busyLabel="Opening…"
      testId="create-campaign"
      failure="Could not start a new campaign"
    />
  );
}
