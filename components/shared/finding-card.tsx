import type { CardActionName, FindingPayload } from '@/utils/messages';

type Fix = NonNullable<FindingPayload['fixes']>[number];
import { clip } from './text';

const SEVERITY_LABEL: Record<FindingPayload['severity'], string> = {
  suggestion: 'Suggestion',
  warning: 'Problem',
  error: 'Fix before posting',
};

/**
 * What applying the fix does, in words. A fix over exactly the flagged words is shown as its result; one
 * reaching further (a phrase cut and the next word capitalised) is described by its own label, since its
 * replacement text alone would mean nothing to the reader.
 */
export function describeFix(finding: { start: number; end: number }, fix: Fix): string {
  const text = clip(fix.text.trim(), 120);
  if (fix.start === fix.end) return `Adds \u201c${text}\u201d`;
  if (fix.start !== finding.start || fix.end !== finding.end) return fix.label;
  return text ? `Becomes \u201c${text}\u201d` : 'Removes these words';
}

/**
 * One finding: the flagged words (a button that shows them in the draft), what to try, and the actions.
 * Every piece of page text goes in as a text node: a draft holding markup shows as typed.
 */
export function FindingItem({
  finding,
  onAct,
}: {
  finding: FindingPayload;
  onAct(action: CardActionName, finding: FindingPayload): void;
}) {
  const fix = finding.fixes?.[0];
  const quote = finding.actual.trim();
  return (
    <li class={`finding ${finding.severity}`} data-key={finding.key} data-start={finding.start}>
      <span class="severity">{SEVERITY_LABEL[finding.severity]}</span>
      <button
        type="button"
        class="quote"
        title={quote.length > 160 ? quote : undefined}
        aria-label={quote ? `Show in the draft: ${clip(quote, 80)}` : 'Show in the draft'}
        onClick={() => onAct('select', finding)}
      >
        {quote ? `\u201c${clip(quote)}\u201d` : 'Show where in the draft'}
      </button>
      <p class="message">{finding.message}</p>
      {fix && <p class="replacement">{describeFix(finding, fix)}</p>}
      <div class="actions" role="group" aria-label="What to do with this finding">
        {fix && (
          <button type="button" class="btn primary" aria-label={`Apply: ${fix.label}`} onClick={() => onAct('apply', finding)}>
            Apply
          </button>
        )}
        <button type="button" class="btn" onClick={() => onAct('ignore', finding)}>
          Ignore
        </button>
        <button type="button" class="btn quiet" onClick={() => onAct('disable-rule', finding)}>
          Turn off this rule
        </button>
      </div>
    </li>
  );
}
