import { SIGNAL_NAMES, type Signals } from '../../rules/engine/types';
import type { AnalysisPayload, FindingPayload } from '../../utils/messages';

/** A shouting finding on `actual` at `start`, with the sentence-case fix: for tests of what shows findings. */
export function shoutingFinding(actual: string, start = 0): FindingPayload {
  const end = start + actual.length;
  const text = actual.charAt(0) + actual.slice(1).toLowerCase();
  return {
    ruleId: 'shouting',
    principle: 'listen-dont-shout',
    severity: 'warning',
    message: 'All capitals read as shouting.',
    start,
    end,
    actual,
    fixes: [{ label: 'Sentence case', start, end, text }],
    key: `shouting:${actual}`,
  };
}

/** Every signal at 0, with some set: for tests that choose the numbers. */
export function signalsWith(some: Partial<Signals> = {}): Signals {
  return { ...(Object.fromEntries(SIGNAL_NAMES.map((name) => [name, 0])) as Signals), ...some };
}

/** An analysis payload with nothing found, and whatever a test sets. */
export function analysisPayload(overrides: Partial<AnalysisPayload> = {}): AnalysisPayload {
  return {
    findings: [],
    score: 100,
    principles: [],
    signals: signalsWith(),
    kind: { kind: 'other', because: {} },
    language: 'en',
    notes: [],
    ...overrides,
  };
}
