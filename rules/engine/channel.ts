import { PLATFORMS } from '../../platforms/index';
import { isPlatformId, type PlatformInfo } from '../../platforms/types';
import { foldOffset } from '../detectors/see-more-fold';
import { countForPlatform } from './counting';
import type { ChannelReport } from './types';

/**
 * The channel meter's numbers, computed in the background (the content script never carries the counting
 * code): the draft's length as the platform counts it, and on feeds that fold long posts, what shows before
 * "see more" with the opening judged as a hook. The judgement is the see-more-fold rule's: when the rule
 * flags the opening, its message is the advice; when it does not, the opening stands on its own.
 */
export function channelReport(text: string, platformId: string, findings: readonly { ruleId: string; key: string; start: number; message: string }[]): ChannelReport | undefined {
  if (!isPlatformId(platformId)) return undefined;
  const platform = PLATFORMS[platformId];
  const report: ChannelReport = {
    platform: platform.id,
    name: platform.name,
    used: countForPlatform(text, platform),
    limit: platform.limit,
    countingNote: countingNote(platform),
  };
  if (platform.fold) {
    const at = foldOffset(text, platform.fold);
    const hookFinding = findings.find((f) => f.ruleId === 'see-more-fold');
    report.fold = {
      preview: (at === undefined ? text : text.slice(0, at)).trimEnd(),
      folded: at !== undefined,
      hook: hookFinding ? 'weak' : 'good',
      hookMessage: hookFinding
        ? hookFinding.message
        : at === undefined
          ? `The whole post shows in the ${platform.name} feed, no \u201csee more\u201d needed.`
          : 'The opening makes sense on its own, so people can decide to read on.',
      ...(hookFinding ? { finding: { key: hookFinding.key, start: hookFinding.start } } : {}),
    };
  }
  return report;
}

/** One plain line on how the platform's counter differs from counting letters. */
export function countingNote(platform: PlatformInfo): string {
  const links = platform.linkLength ? `, and every link counts as ${platform.linkLength}` : '';
  switch (platform.counting) {
    case 'x-weighted':
      return `${platform.name} counts every link as 23 and most emoji and CJK characters as 2.`;
    case 'graphemes':
      return `${platform.name} counts characters as you see them: an emoji is 1${links}.`;
    case 'code-points':
      return `${platform.name} counts Unicode characters: most emoji are 1, some are 2 or more${links}.`;
    case 'utf16':
      return `${platform.name} counts most emoji as 2 characters${links}.`;
  }
}
