import type { FindingPayload } from '../../utils/messages';

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
