'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, type UIMessage } from 'ai';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { StartSessionButton } from '@/app/_components/start-session-button';
import { completionStatus, type CampaignDraft } from '@/lib/campaigns/draft';
import { DraftPanel } from './draft-panel';
import { PremiseForm } from './premise-form';
import { latestDraft } from './latest-draft';
import { FormError } from '@/app/_components/form-error';
import { useHydrated } from '@/app/_components/use-hydrated';

function text(message: UIMessage): string {
  return message.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
}

/** The Campaign Assistant's workshop: the conversation on one side, the draft it fills in on the other. */
export function CampaignWorkshop(props: { id: string; initialMessages: UIMessage[]; initialDraft: CampaignDraft; initialCampaignId: string | null }) {
  const { id } = props;
  const transport = useMemo(() => new DefaultChatTransport({ api: `/api/campaign-drafts/${id}/chat` }), [id]);
  const { messages, sendMessage, status, error } = useChat({ id, messages: props.initialMessages, transport });
  const [edited, setEdited] = useState<CampaignDraft | null>(null);
  const [input, setInput] = useState('');
  const [campaignId, setCampaignId] = useState(props.initialCampaignId);
  const [saveError, setSaveError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const chatRef = useRef<HTMLDivElement>(null);
  const lastText = messages.at(-1) ? text(messages.at(-1)!) : '';
  useEffect(() => {
    chatRef.current?.scrollTo({ top: chatRef.current.scrollHeight });
  }, [messages.length, lastText]);

  const fromChat = latestDraft(messages);
  const draft = edited ?? fromChat ?? props.initialDraft;
  const busy = status === 'submitted' || status === 'streaming';

  function send(event: FormEvent) {
    event.preventDefault();
    if (!input.trim() || busy) return;
    setEdited(null);
    void sendMessage({ text: input });
    setInput('');
  }

  async function save() {
    setSaveError(null);
    const response = await fetch(`/api/campaign-drafts/${id}/save`, { method: 'POST' });
    const body = await response.json();
    if (!response.ok) return setSaveError(body.error?.message ?? 'Could not save the campaign');
    setCampaignId(body.campaignId);
  }

  return (
    <div className="table" data-hydrated={hydrated ? 'true' : undefined} data-status={status} data-testid="workshop">
      <div>
        <div className="log" aria-live="polite" data-testid="chat" ref={chatRef}>
          {messages.map((message) => (
            <div key={message.id} className="entry" data-testid="chat-message" data-role={message.role}>
              <div className="entry-who">{message.role === 'user' ? 'You' : 'Campaign Assistant'}</div>
              <div className={message.role === 'user' ? 'entry-action' : 'entry-narration'}>{text(message)}</div>
            </div>
          ))}
        </div>
        <form className="action-form" onSubmit={send} aria-label="Your answer">
          <textarea
            data-testid="chat-input"
            aria-label="Your answer to the Campaign Assistant"
            placeholder="Answer the assistant…"
            value={input}
            maxLength={2000}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) send(e);
            }}
          />
          <button className="button" type="submit" disabled={busy || !input.trim()} data-testid="chat-submit">
            Send
          </button>
        </form>
        <FormError message={error?.message} />
        {!campaignId && !completionStatus(draft).readyToGenerate && <PremiseForm id={id} onDrafted={setEdited} />}
      </div>
      <aside className="side">
        <DraftPanel id={id} draft={draft} onSaved={setEdited} />
        {campaignId ? (
          <section className="status" data-testid="campaign-saved">
            <h2>Saved</h2>
            <p>Your campaign is ready to play.</p>
            <StartSessionButton campaignId={campaignId} />
          </section>
        ) : (
          completionStatus(draft).readyToGenerate && (
            <button className="button" onClick={save} data-testid="save-campaign">
              Save as a campaign
            </button>
          )
        )}
        <FormError message={saveError} />
      </aside>
    </div>
  );
}
