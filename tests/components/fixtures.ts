import { createAnalyzer, type PlatformId } from '../../rules/index';
import { channelReport } from '../../rules/engine/channel';
import { toPayload } from '../../entrypoints/background/engine-host';
import type { ComposerState, PanelState } from '../../utils/messages';
import { biggestGain, strengthsOf } from '../../rules/engine/strengths';

const analyzer = createAnalyzer();

/** A composer state as the background would send it, made by the real engine from `text`. */
export function composerState(text: string, platform: PlatformId = 'x', composerId = 'c1-test'): ComposerState {
  const analysis = toPayload(analyzer.analyze(text, { platform }));
  return {
    composerId,
    revision: 1,
    platform,
    analysis,
    channel: channelReport(text, platform, analysis.findings),
    strengths: strengthsOf(analysis, text),
    biggestGain: biggestGain(analysis.principles)?.id,
  };
}

export function panelState(text: string | null, platform: PlatformId = 'x', hostname = 'x.com'): PanelState {
  return {
    type: 'state',
    tabId: 7,
    site: { hostname, platform },
    composer: text === null ? null : composerState(text, platform),
  };
}

export const SHOUTY = 'WE ARE SO EXCITED to launch our new app today!!! Buy it now at https://example.com';
export const GOOD = 'Thanks for the tips on batch cooking, Sam. Which recipe worked best for you?';
