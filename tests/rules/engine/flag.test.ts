import { describe, expect, it } from 'vitest';
import { flagEach } from '../../../rules/engine/flag';

describe('flagEach', () => {
  const spans = [
    { start: 0, end: 4, kind: 'insult' },
    { start: 10, end: 12, kind: 'threat' },
  ];

  it('flags each span with one message id', () => {
    expect(flagEach(spans, 'heat')).toEqual([
      { start: 0, end: 4, messageId: 'heat' },
      { start: 10, end: 12, messageId: 'heat' },
    ]);
  });

  it('lets each span choose its message, data and fixes, and takes only the place from the span', () => {
    const findings = flagEach(spans, (s) => ({ messageId: s.kind, data: { length: s.end - s.start }, fixes: [{ label: 'Remove', start: s.start, end: s.end, text: '' }] }));
    expect(findings[1]).toEqual({ start: 10, end: 12, messageId: 'threat', data: { length: 2 }, fixes: [{ label: 'Remove', start: 10, end: 12, text: '' }] });
    expect(findings[0]).not.toHaveProperty('kind');
  });

  it('gives no findings for no spans', () => {
    expect(flagEach([], 'any')).toEqual([]);
  });
});
