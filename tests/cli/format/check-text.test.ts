import { describe, expect, it } from 'vitest';
import { formatCheck, groupByPrinciple, principleTitle } from '../../../cli/format/check-text';
import { paint } from '../../../cli/format/colour';
import { createAnalyzer } from '../../../rules/index';
import type { Finding } from '../../../rules/index';
import { PRINCIPLES } from '../../../rules/principles';
import { TEST_RULES } from '../helpers';

const finding = (principle: Finding['principle'], start: number): Finding => ({
  ruleId: 'r',
  principle,
  severity: 'warning',
  message: 'm',
  start,
  end: start + 1,
  actual: 'x',
  key: 'r:x',
});

describe('groupByPrinciple', () => {
  it('groups in the catalogue order of principles', () => {
    const groups = groupByPrinciple([finding('channel-fit', 0), finding('people-first', 5), finding('channel-fit', 9)]);
    expect(groups.map(([id, list]) => [id, list.length])).toEqual([
      ['people-first', 1],
      ['channel-fit', 2],
    ]);
  });
});

describe('principleTitle', () => {
  it('uses the catalogue title, and the id for an unknown principle', () => {
    expect(principleTitle('add-value')).toBe(PRINCIPLES['add-value'].title);
    expect(principleTitle('made-up')).toBe('made-up');
  });
});

describe('formatCheck', () => {
  const analyzer = createAnalyzer(TEST_RULES);

  it('shows fixes and the principle that would raise the score most', () => {
    const text = 'LOUD';
    const analysis = analyzer.analyze(text);
    const withFix = { ...analysis, findings: analysis.findings.map((f) => ({ ...f, fixes: [{ label: 'Change to "loud"', start: 0, end: 4, text: 'loud' }] })) };
    const out = formatCheck(text, withFix, paint(false));
    expect(out).toContain('Fix: Change to "loud"');
    expect(out).toContain(`Most to gain: ${PRINCIPLES['listen-dont-shout'].title} (+10).`);
  });

  it('says an empty draft is empty, with no score and nothing ticked', () => {
    const out = formatCheck('  ', analyzer.analyze('  '), paint(false));
    expect(out).toContain('The draft is empty');
    expect(out).toContain('Score: not scored');
    expect(out).not.toContain('Counts as:');
    expect(out).not.toContain('\u2713');
    expect(out).toContain(`\u2013 ${PRINCIPLES['listen-dont-shout'].title} (not checked)`);
  });

  it('never says a post in another language reads well', () => {
    const text = 'Ich freue mich auf das Wochenende mit euch allen, es wird schön.';
    const out = formatCheck(text, createAnalyzer().analyze(text), paint(false));
    expect(out).not.toContain('reads well');
    expect(out).toContain('Score: not scored');
    expect(out).toMatch(/No findings from the checks that ran; \d+ of \d+ principles were not checked/);
    expect(out).toContain(`\u2713 ${PRINCIPLES['keep-private-private'].title}`);
    expect(out).toContain(`\u2013 ${PRINCIPLES['people-first'].title} (not checked)`);
  });

  it('says what the post counts as in the self-promotion ratio', () => {
    const sale = 'Our new product is the best on the market. Buy it now at acme.example';
    expect(formatCheck(sale, createAnalyzer().analyze(sale), paint(false))).toContain('Counts as: promotion, in the self-promotion ratio.');
    const reply = '@ana Thank you so much! Glad it helped, let me know how it goes.';
    expect(formatCheck(reply, createAnalyzer().analyze(reply), paint(false))).toContain('Counts as: conversation, in the self-promotion ratio.');
  });

  it('names the other principles a merged finding touches', () => {
    const text = 'Our new product is the best on the market. Buy it now at acme.example';
    const out = formatCheck(text, createAnalyzer().analyze(text), paint(false));
    expect(out).toMatch(/"Buy it now" orders the reader to buy[^\n]*\n\s+Also: /);
  });

  it('prints each note once, even when the engine repeats one', () => {
    const analysis = { ...analyzer.analyze('fine'), notes: ['Same note.', 'Same note.'] };
    expect(formatCheck('fine', analysis, paint(false)).match(/Same note\./g)).toHaveLength(1);
  });
});
