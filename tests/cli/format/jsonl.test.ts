import { describe, expect, it } from 'vitest';
import { jsonlLine } from '../../../cli/format/jsonl';
import { createAnalyzer } from '../../../rules/index';
import { TEST_RULES } from '../helpers';

describe('jsonlLine', () => {
  it('is one line of {index, kind, signals, findings: [{ruleId, principle, severity, start, end}], score}', () => {
    const analysis = createAnalyzer(TEST_RULES).analyze('so LOUD\nreally');
    const line = jsonlLine(7, 'conversation', analysis);
    expect(line).not.toContain('\n');
    const row = JSON.parse(line);
    expect(Object.keys(row)).toEqual(['index', 'kind', 'signals', 'findings', 'score']);
    expect(row).toMatchObject({ index: 7, kind: 'conversation' });
    expect(row.findings).toEqual([{ ruleId: 'test-loud', principle: 'listen-dont-shout', severity: 'warning', start: 3, end: 7 }]);
    expect(row.score).toBe(analysis.score);
    expect(row.signals).toEqual(analysis.signals);
  });
});
