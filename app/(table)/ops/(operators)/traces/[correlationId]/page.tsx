import { TraceView } from '../../../_components/trace-view';

export default async function ConversationPage({ params }: { params: Promise<{ correlationId: string }> }) {
  const { correlationId } = await params;
  return (
    <>
      <h1>Conversation {correlationId.slice(0, 8)}</h1>
      <TraceView source={`/api/ops/traces/${encodeURIComponent(correlationId)}`} />
    </>
  );
}
