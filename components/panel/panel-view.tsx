import type { ComponentChildren } from 'preact';
import type { CardAction, ComposerState, FindingPayload, PanelState } from '@/utils/messages';
import { ChannelMeter } from './channel-meter';
import { Checklist } from './checklist';
import { EmptyState } from './empty-state';
import { ScoreSummary } from './score-summary';
import { StrengthsList } from './strengths-list';
import { plural } from '../shared/text';
import '../shared/theme.css';
import './panel.css';

export interface PanelViewProps {
  /** `undefined` until the background has answered once. */
  state: PanelState | undefined;
  /** Whether Rapport is on for the watched site (settings.disabledSites). */
  siteEnabled: boolean;
  /** The outcome of the last action, when it needs saying (the draft changed, the editor refused). */
  notice?: string;
  onAct(action: CardAction, finding: FindingPayload, composer: ComposerState): void;
  onSiteEnabled(enabled: boolean): void;
  /** Shown above the draft: the profile the site's composers write by. */
  header?: ComponentChildren;
  /** Shown under the draft or the empty state: the week's line and the way to the dashboard. */
  footer?: ComponentChildren;
}

/** The whole side panel, from what the background sent; it holds no state of its own beyond the view. */
export function PanelView({ state, siteEnabled, notice, onAct, onSiteEnabled, header, footer }: PanelViewProps) {
  const composer = siteEnabled ? state?.composer : null;
  return (
    <div class="panel">
      {header}
      {composer ? (
        <ComposerView composer={composer} onAct={(action, finding) => onAct(action, finding, composer)} />
      ) : (
        <EmptyState
          site={state?.site ?? null}
          siteEnabled={siteEnabled}
          connecting={state === undefined}
          onSiteEnabled={onSiteEnabled}
        />
      )}
      {footer}
      <p class="sr-only" role="status" aria-live="polite">
        {composer ? summary(composer) : ''}
      </p>
      <div class="toast-region" role="status" aria-live="polite">
        {notice && <div class="toast">{notice}</div>}
      </div>
    </div>
  );
}

/** What the live region says after each pause in typing; unchanged text is not announced again. */
export function summary(composer: ComposerState): string {
  const { findings, score } = composer.analysis;
  const scored = score === null ? 'Not scored.' : `Score ${score}.`;
  return `${findings.length === 0 ? 'No suggestions' : plural(findings.length, 'suggestion')}. ${scored}`;
}

function ComposerView({
  composer,
  onAct,
}: {
  composer: ComposerState;
  onAct(action: CardAction, finding: FindingPayload): void;
}) {
  const { analysis, channel } = composer;
  const hook = channel?.fold?.finding;
  const hookFinding = hook && analysis.findings.find((f) => f.key === hook.key && f.start === hook.start);
  return (
    <main>
      <ScoreSummary analysis={analysis} gainId={composer.biggestGain} where={channel ? `Post on ${channel.name}` : 'Post'} />
      {channel && (
        <ChannelMeter channel={channel} onShowHook={hookFinding ? () => onAct('select', hookFinding) : undefined} />
      )}
      <StrengthsList strengths={composer.strengths} />
      <Checklist analysis={analysis} onAct={onAct} />
    </main>
  );
}
