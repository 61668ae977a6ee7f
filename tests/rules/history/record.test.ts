import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/engine/analyze';
import { toPostRecord } from '../../../rules/history/record';

const analyzer = createAnalyzer();

describe('toPostRecord', () => {
  it('keeps the kind, the signals, and the findings per principle and per rule, never the text', () => {
    const text = 'BUY our new course TODAY!!! Limited seats, sign up now.';
    const analysis = analyzer.analyze(text, { platform: 'x' });
    const record = toPostRecord(analysis, { at: '2025-01-06T12:00:00.000Z', platform: 'x', profile: '@me' });
    expect(record).toMatchObject({ at: '2025-01-06T12:00:00.000Z', platform: 'x', profile: '@me', reply: false, kind: 'promotion', score: analysis.score });
    expect(Object.values(record.findings ?? {}).reduce((a, b) => a + b, 0)).toBe(analysis.findings.length);
    expect(Object.values(record.principles ?? {}).reduce((a, b) => a + b, 0)).toBe(analysis.findings.length);
    expect(JSON.stringify(record)).not.toMatch(/course/i);
  });

  it('makes a reply to someone conversation unless it promotes; a reply in one\'s own thread keeps its kind', () => {
    const plain = analyzer.analyze('The trains are late again this morning.');
    expect(plain.kind.kind).not.toBe('conversation');
    expect(toPostRecord(plain, { at: '2025-01-06T12:00:00Z', platform: 'x', reply: true }).kind).toBe('conversation');
    expect(toPostRecord(plain, { at: '2025-01-06T12:00:00Z', platform: 'x', reply: true, thread: true }).kind).toBe(plain.kind.kind);
    const promo = analyzer.analyze('Buy my new ebook today, link in bio!');
    expect(toPostRecord(promo, { at: '2025-01-06T12:00:00Z', platform: 'x', reply: true }).kind).toBe('promotion');
  });
});
