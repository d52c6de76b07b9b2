import type { RuleCitation } from '@/lib/rules/session-log';
import { purposeOf, verdictOf, type ClassifiedRoll } from './dice-format';
import type { Intent, Ruling } from './log-index';
import { ToolCallList } from './tool-call-list';
import { formatMs, formatTokens } from './usage-stats';

type WhyPanelProps = {
  id: string;
  intent: Intent | undefined;
  ruling: Ruling;
  rolls: readonly ClassifiedRoll[];
  changes: readonly string[];
  nameOf: (id: string) => string;
  /** Where the agents' messages for this turn can be read (the ops pages). */
  traceHref: string;
};

function Citation({ rule }: { rule: RuleCitation }) {
  return (
    <figure className="why-rule" data-testid="why-rule">
      <blockquote>{rule.text}</blockquote>
      <figcaption>
        {rule.section} · {rule.source}
        {rule.page !== null && `, p. ${rule.page}`}
      </figcaption>
    </figure>
  );
}

/** How a ruling came about: the intent, what the engine was asked and answered, the dice, the rules and what changed. */
export function WhyPanel({ id, intent, ruling, rolls, changes, nameOf, traceHref }: WhyPanelProps) {
  const usage = ruling.usage;
  return (
    <div id={id} className="why-panel" data-testid="why-panel" role="region" aria-label="Why the DM ruled this way">
      <h3>Intent</h3>
      <p data-testid="why-intent">
        {intent ? `${intent.characterName}: “${intent.text}”` : 'No action was recorded for this turn.'}
      </p>
      <h3>Rules engine</h3>
      <ToolCallList calls={ruling.toolCalls} nameOf={nameOf} />
      {rolls.length > 0 && (
        <>
          <h3>Dice</h3>
          <ul className="why-list">
            {rolls.map(({ roll, outcome }, i) => (
              <li key={i}>
                {[purposeOf(outcome), roll.text, verdictOf(outcome)].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {ruling.rules.length > 0 && (
        <>
          <h3>Rules cited</h3>
          {ruling.rules.map((rule, i) => (
            <Citation key={i} rule={rule} />
          ))}
        </>
      )}
      {ruling.context.length > 0 && (
        <>
          <h3>What the DM remembered</h3>
          <ul className="why-list" data-testid="why-context">
            {ruling.context.map((block) => (
              <li key={block.id}>
                {block.title}: {block.lines} {block.lines === 1 ? 'line' : 'lines'}, {formatTokens(block.tokens)} tokens
                {block.dropped > 0 && `, ${block.dropped} left out for room`} · <span className="muted">{block.why}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>What changed</h3>
      {changes.length === 0 ? (
        <p className="muted">Nothing at the table changed.</p>
      ) : (
        <ul className="why-list" data-testid="why-changes">
          {changes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {usage && (
        <p className="muted why-usage">
          {usage.modelId} · {formatTokens(usage.inputTokens)} in / {formatTokens(usage.outputTokens)} out tokens ·{' '}
          {formatMs(usage.ms)}
        </p>
      )}
      <p>
        <a href={traceHref} data-testid="why-trace">
          The agents&apos; messages for this turn
        </a>
      </p>
    </div>
  );
}
