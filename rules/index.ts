import type { AnyRule } from './engine/types';
import shouting from './shouting';

/** Every built-in rule, in alphabetical order of id. A conventions test checks this list against rules/. */
export const RULES: readonly AnyRule[] = [
  shouting,
];

export { analyze, createAnalyzer } from './engine/analyze';
export type { Analysis, AnalyzeOptions, Analyzer } from './engine/analyze';
export type { Finding, Fix, Severity, Signals, SignalName, Rule, DraftFinding } from './engine/types';
