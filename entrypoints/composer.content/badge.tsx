import { render } from 'preact';
import { alsoTouches, FindingCard } from '@/components/shared/finding-card';
import type { AnalysisPayload, CardAction, FindingPayload } from '@/utils/messages';
import type { PopupPlace } from './placement';
import { SEVERITY_COLOURS } from './underline';

export interface BadgeView {
  state: 'idle' | 'checking' | 'ready';
  analysis?: AnalysisPayload;
  /** The finding whose card is open, or 'all' for the list the badge opens. */
  open?: FindingPayload | 'all';
  /** Where the card goes (viewport coordinates); until it is measured, it is drawn hidden. */
  place?: PopupPlace;
  notice?: string;
}

export interface BadgeHandlers {
  onBadgeClick(): void;
  onAction(action: CardAction, finding: FindingPayload): void;
  onClose(): void;
  onCardEnter(): void;
  onCardLeave(): void;
}

/**
 * The badge's and the card's styles, inside the badge's shadow root so the page's styles and ours never
 * meet. Colours follow the browser's theme, or the one chosen in the options (`data-theme` on the host). The finding card is the side panel's (components/shared/finding-card.tsx), styled here for the page.
 */
const CSS = `
:host { all: initial; color-scheme: light dark; --bg: light-dark(#fff, #18181b); --fg: light-dark(#18181b, #f4f4f5);
  --line: light-dark(#d4d4d8, #3f3f46); --soft: light-dark(#52525b, #a1a1aa); --link: light-dark(#1d4ed8, #93c5fd);
  --bad: light-dark(#b91c1c, #fca5a5); }
:host([data-theme=light]) { color-scheme: light; } :host([data-theme=dark]) { color-scheme: dark; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.badge { display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 10px; border-radius: 13px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); font-size: 12px; font-weight: 600; cursor: pointer;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
.badge:focus-visible, button:focus-visible, .card:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #16a34a; }
.dot.suggestion { background: ${SEVERITY_COLOURS.suggestion}; } .dot.warning { background: ${SEVERITY_COLOURS.warning}; }
.dot.error { background: ${SEVERITY_COLOURS.error}; }
.dot.checking { background: #a1a1aa; }
.badge .label { white-space: nowrap; }
.card { position: fixed; width: 340px; max-height: 420px; overflow: auto; padding: 12px 14px; border-radius: 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  font-size: 13px; line-height: 1.45; }
.card h2 { margin: 0 0 4px; font-size: 13px; font-weight: 700; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: 8px 0; border-top: 1px solid light-dark(#f4f4f5, #27272a); } .finding:first-child { border-top: 0; }
.severity { font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--link); }
.warning .severity, .error .severity { color: var(--bad); }
.principle { margin-left: 6px; color: var(--soft); font-size: 12px; }
.house-rule { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid var(--line); border-radius: 8px; color: var(--soft); font-size: 11px; font-weight: 600; }
.locked { color: var(--soft); font-size: 12px; }
.quote { display: block; margin: 2px 0 0; padding: 0; border: 0; background: none; color: inherit; font-size: 13px;
  font-weight: 600; text-align: left; overflow-wrap: anywhere; }
button.quote { color: var(--link); cursor: pointer; }
.message, .replacement, .why, .also { margin: 2px 0 0; overflow-wrap: anywhere; }
.replacement, .why, .also { color: var(--soft); font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.btn { font-size: 12px; padding: 4px 9px; border-radius: 6px; border: 1px solid var(--line); background: light-dark(#fafafa, #27272a);
  color: var(--fg); cursor: pointer; }
.btn.primary { background: light-dark(#1d4ed8, #3b82f6); border-color: light-dark(#1d4ed8, #3b82f6); color: light-dark(#fff, #0b1120); }
.btn.quiet { border-color: transparent; background: none; }
.muted { color: var(--soft); } .notice { margin-top: 6px; color: #b45309; font-size: 12px; }`;

function worst(findings: readonly FindingPayload[]): string {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'suggestion' : 'clean';
}

/** "7 suggestions", "1 suggestion", "No suggestions". */
export function suggestionCount(count: number): string {
  if (count === 0) return 'No suggestions';
  return `${count} suggestion${count === 1 ? '' : 's'}`;
}

/** "score 54", or "not scored" for a draft the checks could not read (empty, another language). */
function scoreWords(score: number | null): string {
  return score === null ? 'not scored' : `score ${score}`;
}

/** The badge's name and tooltip: "7 suggestions, score 54", "No suggestions, score 100". */
export function badgeLabel(view: Pick<BadgeView, 'state' | 'analysis'>): string {
  if (!view.analysis) return 'checking your draft';
  const summary = `${suggestionCount(view.analysis.findings.length)}, ${scoreWords(view.analysis.score)}`;
  return view.state === 'ready' ? summary : `${summary} (checking again)`;
}

function Card({ view, handlers }: { view: BadgeView; handlers: BadgeHandlers }) {
  const { analysis, open, place } = view;
  if (!analysis || !open) return null;
  const findings = open === 'all' ? analysis.findings : [open];
  // Drawn once hidden at the top left so the overlay can measure it, then where placement.ts puts it.
  const style = place
    ? { left: `${Math.round(place.left)}px`, top: `${Math.round(place.top)}px`, width: `${place.width}px`, maxHeight: `${Math.floor(place.maxHeight)}px` }
    : { left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div
      class="card"
      style={style}
      role="dialog"
      aria-label={open === 'all' ? 'Rapport: suggestions for this draft' : 'Rapport: a suggestion'}
      tabIndex={-1}
      data-side={place?.side}
      onMouseEnter={handlers.onCardEnter}
      onMouseLeave={handlers.onCardLeave}
      onKeyDown={(e) => e.key === 'Escape' && handlers.onClose()}
    >
      {open === 'all' && (
        <h2>
          {analysis.findings.length === 0
            ? analysis.score === null
              ? 'No suggestions from the checks that ran.'
              : 'Nothing to change: this reads well.'
            : `${suggestionCount(analysis.findings.length)} · ${analysis.score === null ? 'not scored' : `score ${analysis.score} of 100`}`}
        </h2>
      )}
      {analysis.notes.map((note) => (
        <div class="muted" key={note}>
          {note}
        </div>
      ))}
      <ul class="findings">
        {findings.map((f) => (
          <FindingCard
            key={`${f.key}@${f.start}`}
            finding={f}
            onAct={handlers.onAction}
            principle={analysis.principles.find((p) => p.id === f.principle)}
            selectable={open === 'all'}
            also={alsoTouches(f, analysis.principles)}
          />
        ))}
      </ul>
      {view.notice && (
        <div class="notice" role="status">
          {view.notice}
        </div>
      )}
    </div>
  );
}

/**
 * The badge says in words what it counts ("7 suggestions"); the score is in its name and tooltip. While a
 * new check runs it keeps the last count (the dot turns grey) so it does not jump about as the user types.
 */
function Badge({ view, handlers }: { view: BadgeView; handlers: BadgeHandlers }) {
  const findings = view.analysis?.findings ?? [];
  const tone = view.state === 'ready' ? worst(findings) : 'checking';
  const label = badgeLabel(view);
  return (
    <>
      <style>{CSS}</style>
      <button
        type="button"
        class="badge"
        aria-label={`Rapport: ${label}`}
        title={`Rapport: ${label}`}
        aria-haspopup="dialog"
        aria-expanded={view.open === 'all'}
        onClick={handlers.onBadgeClick}
        onKeyDown={(e) => e.key === 'Escape' && view.open && handlers.onClose()}
      >
        <span class={`dot ${tone}`} aria-hidden="true" />
        <span class="label">{view.analysis ? suggestionCount(findings.length) : 'Checking…'}</span>
      </button>
      <Card view={view} handlers={handlers} />
    </>
  );
}

export function renderBadge(shadow: ShadowRoot, view: BadgeView, handlers: BadgeHandlers): void {
  render(<Badge view={view} handlers={handlers} />, shadow);
}

export function unmountBadge(shadow: ShadowRoot): void {
  render(null, shadow);
}
