import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../../rules/engine/merge';
import { scorePrinciples } from '../../../rules/engine/score';
import type { PrincipleId } from '../../../rules/engine/types';
import { finding } from '../../support/findings';

const statusOf = (result: ReturnType<typeof scorePrinciples>, id: PrincipleId) => result.principles.find((p) => p.id === id);

describe('scorePrinciples', () => {
  it('costs each finding under its own principle, capped, and passes the principles nothing flagged', () => {
    const result = scorePrinciples([finding('shouting', 'listen-dont-shout', 'warning', 0, 4), finding('hype', 'listen-dont-shout', 'suggestion', 5, 9)]);
    expect(statusOf(result, 'listen-dont-shout')).toEqual({ id: 'listen-dont-shout', status: 'problem', count: 2, penalty: 14 });
    expect(statusOf(result, 'add-value')).toMatchObject({ status: 'pass', count: 0, penalty: 0 });
    expect(result.score).toBe(86);
  });

  it('does not pass a principle a merged finding names in "also", and counts the finding\u2019s points once', () => {
    const merged = mergeFindings([finding('hard-sell', 'listen-dont-shout', 'warning', 4, 13), finding('self-promotion', 'add-value', 'warning', 4, 13)]);
    expect(merged).toHaveLength(1);
    const result = scorePrinciples(merged);
    expect(statusOf(result, 'listen-dont-shout')).toMatchObject({ status: 'problem', count: 1, penalty: 10 });
    expect(statusOf(result, 'add-value')).toMatchObject({ status: 'problem', count: 1, penalty: 0 });
    expect(result.score).toBe(90);
  });

  it('says not checked for a principle no rule looked at, unless a finding touches it', () => {
    const none = scorePrinciples([], new Set<PrincipleId>());
    expect(statusOf(none, 'add-value')?.status).toBe('not-checked');
    const merged = mergeFindings([finding('hard-sell', 'listen-dont-shout', 'suggestion', 0, 5), finding('self-promotion', 'add-value', 'suggestion', 0, 5)]);
    expect(statusOf(scorePrinciples(merged, new Set<PrincipleId>(['listen-dont-shout'])), 'add-value')?.status).toBe('suggestion');
  });
});
