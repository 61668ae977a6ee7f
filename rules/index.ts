import type { AnyRule } from './engine/types';
import engagementBait from './engagement-bait';
import hardSell from './hard-sell';
import missingInvitation from './missing-invitation';
import pressReleaseTone from './press-release-tone';
import selfFocus from './self-focus';
import selfPromotion from './self-promotion';
import shouting from './shouting';

/** Every built-in rule, in alphabetical order of id. A conventions test checks this list against rules/. */
export const RULES: readonly AnyRule[] = [
  engagementBait,
  hardSell,
  missingInvitation,
  pressReleaseTone,
  selfFocus,
  selfPromotion,
  shouting,
];

export { analyze, createAnalyzer } from './engine/analyze';
export type { Analysis, AnalyzeOptions, Analyzer } from './engine/analyze';
export type { Finding, Fix, Severity, Signals, SignalName, Rule, DraftFinding } from './engine/types';
