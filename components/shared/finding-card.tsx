import type { CardAction, FindingPayload, PrincipleResultPayload } from '@/utils/messages';
import { clip, essays } from './text';

type Fix = NonNullable<FindingPayload['fixes']>[number];

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

/** Marks a finding from a house-rule pack, with the pack's name, wherever findings are listed. */
export function HouseLabel({ pack }: { pack: string }) {
  return <span class="house-rule" title={`From the house-rule pack “${pack}”`}>{`House rule · ${clip(pack, 60)}`}</span>;
}

/**
 * The other principles a merged finding touches (rules of one problem that flagged the same words), by
 * their titles from the analysis's principle results: "Also: Give value before you ask".
 */
export function alsoTouches(finding: FindingPayload, principles: readonly Pick<PrincipleResultPayload, 'id' | 'title'>[]): string[] {
  const ids = [...new Set((finding.also ?? []).map((a) => a.principle))].filter((id) => id !== finding.principle);
  return ids.map((id) => principles.find((p) => p.id === id)?.title ?? id);
}

export interface FindingCardProps {
  finding: FindingPayload;
  onAct(action: CardAction, finding: FindingPayload): void;
  /**
   * The principle behind the finding, for a card that stands alone (the one in the page). The side panel
   * leaves it out: its checklist already shows each finding under its principle.
   */
  principle?: Pick<PrincipleResultPayload, 'title' | 'why' | 'source'>;
  /**
   * Whether the quoted words are a button that shows them in the draft. A card opened from the words
   * themselves (hovering an underline) has nothing to show, so there they are plain text.
   */
  selectable?: boolean;
  /** Titles of the other principles the finding touches (see `alsoTouches`). */
  also?: readonly string[];
}

/**
 * One finding, the same card in the side panel and in the page: the flagged words, what to try, what the
 * fix does, and the actions. It is a list item: put it in a list. It carries no styles (the panel's come
 * from its stylesheet, the page's from the content script's shadow root). Every piece of page text goes
 * in as a text node: a draft holding markup shows as typed.
 */
export function FindingCard({ finding, onAct, principle, selectable = true, also = [] }: FindingCardProps) {
  const fix = finding.fixes?.[0];
  const quote = finding.actual.trim();
  const quoted = quote ? `\u201c${clip(quote)}\u201d` : 'Show where in the draft';
  return (
    <li class={`finding ${finding.severity}`} data-key={finding.key} data-start={finding.start}>
      <span class="severity">{SEVERITY_LABEL[finding.severity]}</span>
      {finding.housePack !== undefined && <HouseLabel pack={finding.housePack} />}
      {principle && <span class="principle">{principle.title}</span>}
      {selectable ? (
        <button
          type="button"
          class="quote"
          title={quote.length > 160 ? quote : undefined}
          aria-label={quote ? `Show in the draft: ${clip(quote, 80)}` : 'Show in the draft'}
          onClick={() => onAct('select', finding)}
        >
          {quoted}
        </button>
      ) : (
        quote && <p class="quote">{quoted}</p>
      )}
      <p class="message">{finding.message}</p>
      {also.length > 0 && <p class="also">{`Also: ${also.join(' \u00b7 ')}`}</p>}
      {fix && <p class="replacement">{describeFix(finding, fix)}</p>}
      {principle && (
        <p class="why">
          {principle.why} <span>From {essays(principle.source)}.</span>
        </p>
      )}
      <div class="actions" role="group" aria-label="What to do with this finding">
        {fix && (
          <button type="button" class="btn primary" aria-label={`Apply: ${fix.label}`} onClick={() => onAct('apply', finding)}>
            Apply
          </button>
        )}
        {finding.locked ? (
          <span class="locked">Required by your organisation</span>
        ) : (
          <>
            <button type="button" class="btn" onClick={() => onAct('ignore', finding)}>
              Ignore
            </button>
            <button type="button" class="btn quiet" onClick={() => onAct('disable-rule', finding)}>
              Turn off this rule
            </button>
          </>
        )}
      </div>
    </li>
  );
}
