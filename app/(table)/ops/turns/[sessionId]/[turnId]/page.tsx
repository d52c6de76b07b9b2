import { TraceView } from '../../../_components/trace-view';

export default async function TurnTracePage({ params }: { params: Promise<{ sessionId: string; turnId: string }> }) {
  const { sessionId, turnId } = await params;
  return (
    <>
      <h1>A turn, as the agents told it</h1>
      <p className="muted">
        Session <a href={`/sessions/${sessionId}`}>{sessionId.slice(0, 8)}</a> · every message from the DM&apos;s request to the next person&apos;s
        turn
      </p>
      <TraceView source={`/api/ops/turns/${encodeURIComponent(sessionId)}/${encodeURIComponent(decodeURIComponent(turnId))}`} />
    </>
  );
}
