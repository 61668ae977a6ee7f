import type { PlatformId } from '@/platforms/types';
import type { ActOutcome, CardAction, FindingPayload, Request } from '@/utils/messages';
import type { DraftWatcher } from './draft-watcher';
import type { ComposerOverlay } from './overlay';
import type { Send } from './send';

export interface ActionTarget {
  /** Ignoring and turning off apply to the profile this platform's composers write by. */
  platform: PlatformId;
  draft: DraftWatcher;
  overlay: Pick<ComposerOverlay, 'findings' | 'closeCard' | 'say' | 'reveal'>;
  send: Send;
  /** The text the findings on show were found in: a fix applies only where that text is still there. */
  analysedText(): string | undefined;
  /** The draft changed, or must be checked again: as after typing. */
  edited(): void;
}

/**
 * What the buttons on a finding do, whether pressed on the in-page card or in the side panel: show the
 * words, apply the fix through the editor, ignore the finding, or turn its rule off. The draft is changed
 * only by an applied fix, and only where the text is still what was analysed.
 *
 * Ignoring and turning off are settings the background stores and the engine applies; the content script
 * keeps no list of its own. The stored change reaches every composer on the page, this one included, as
 * one new check (coach.ts listens for it), the same path "Show again" and "Turn back on" take from the
 * options page.
 */
export class FindingActions {
  constructor(private readonly target: ActionTarget) {}

  /** An action from the side panel, on a finding named by its key and start in the analysed text. */
  perform(action: CardAction, key: string, start: number): Promise<ActOutcome> {
    const findings = this.target.overlay.findings;
    const finding = findings.find((f) => f.key === key && f.start === start) ?? findings.find((f) => f.key === key);
    if (!finding) return Promise.resolve('stale');
    return this.act(action, finding);
  }

  async act(action: CardAction, finding: FindingPayload): Promise<ActOutcome> {
    if (action === 'select') return this.target.overlay.reveal(finding) ? 'done' : 'stale';
    if (action === 'apply') return this.applyFix(finding);
    const { platform } = this.target;
    const request: Request =
      action === 'ignore' ? { type: 'ignore-finding', key: finding.key, platform } : { type: 'disable-rule', ruleId: finding.ruleId, platform };
    try {
      await this.target.send(request);
    } catch {
      return 'failed';
    }
    this.target.overlay.closeCard();
    return 'done';
  }

  private async applyFix(finding: FindingPayload): Promise<ActOutcome> {
    const { draft, overlay } = this.target;
    const fix = finding.fixes?.[0];
    if (!fix) return 'failed';
    const expected = this.target.analysedText()?.slice(fix.start, fix.end) ?? '';
    const outcome = await draft.apply({ start: fix.start, end: fix.end, text: fix.text, expected, editedAt: draft.editedAt });
    if (outcome === 'applied') {
      overlay.closeCard();
      this.target.edited();
      return outcome;
    }
    overlay.say(
      outcome === 'stale'
        ? 'The text changed since it was checked, so nothing was replaced. Checking again.'
        : `This editor did not take the change. You can type it yourself: “${fix.text}”.`,
    );
    if (outcome === 'stale') this.target.edited();
    return outcome;
  }
}
