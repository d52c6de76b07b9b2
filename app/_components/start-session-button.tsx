import { PostAndGoButton } from './post-and-go-button';

export function StartSessionButton({ campaignId }: { campaignId: string }) {
  return (
    <PostAndGoButton
      endpoint="/api/sessions"
      body={{ campaignId }}
      label="Start session"
      busyLabel="Setting the table…"
      testId="start-session"
      failure="Could not start a session"
    />
  );
}
