'use client';

import { fetchFound, RuleQuestion } from '@/app/_components/rule-question';
import { useHydrated } from '@/app/_components/use-hydrated';

type Answer = { section: string; pageStart: number; pageEnd: number; text: string };

const pagesOf = (a: Answer) => (a.pageStart === a.pageEnd ? `p. ${a.pageStart}` : `pp. ${a.pageStart}–${a.pageEnd}`);

/**
 * A question put to the rulebook as the DM's look-up puts it at the table, so
 * a game master sees which sections the DM will cite before playing by it.
 */
export function AskRulebook({ ruleSystemId }: { ruleSystemId: string }) {
  const hydrated = useHydrated();
  return (
    <section className="ask-rulebook" aria-labelledby="ask-rulebook-title" data-testid="ask-rulebook" data-hydrated={hydrated ? 'true' : undefined}>
      <h2 id="ask-rulebook-title">Ask this rulebook</h2>
      <p className="muted">Ask as a player would, and see the sections the DM cites for it, best first.</p>
      <RuleQuestion
        name="ask"
        label="Question"
        placeholder="can I grab him and hold him down?"
        button="Look it up"
        ask={(question) =>
          fetchFound(`/api/rulebooks/${ruleSystemId}/search?q=${encodeURIComponent(question)}`, (body: { answers: Answer[] }) =>
            body.answers.map((a) => ({ title: a.section, where: pagesOf(a), text: a.text })),
          )
        }
        nothing={(asked) => `Nothing in this rulebook answers “${asked}”. Try the words the book would use.`}
      />
    </section>
  );
}
