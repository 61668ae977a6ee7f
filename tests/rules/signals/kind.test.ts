import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/engine/analyze';
import { classifyKind } from '../../../rules/signals/kind';
import type { Signals } from '../../../rules/engine/types';

const quiet: Signals = {
  selfPromotion: 0, callToAction: 0, engagementBait: 0, conversational: 0, valueAdd: 0, shouting: 0,
  clickbait: 0, corporate: 0, risk: 0, privacy: 0, sentiment: 0,
};

describe('classifyKind', () => {
  it('calls a post promotion when it promotes, whatever else it does', () => {
    expect(classifyKind({ ...quiet, selfPromotion: 0.7, conversational: 0.9 }, []).kind).toBe('promotion');
  });
  it('prefers conversation over value, and says which signal decided', () => {
    const result = classifyKind({ ...quiet, conversational: 0.6, valueAdd: 0.8 }, []);
    expect(result).toEqual({ kind: 'conversation', because: { conversational: 0.6 } });
  });
  it('takes other thresholds when given them', () => {
    const at = { promotion: 0.3, conversation: 0.5, value: 0.5 };
    expect(classifyKind({ ...quiet, selfPromotion: 0.35 }, []).kind).toBe('other');
    expect(classifyKind({ ...quiet, selfPromotion: 0.35 }, [], at).kind).toBe('promotion');
  });
  it('falls back to value, then other', () => {
    expect(classifyKind({ ...quiet, valueAdd: 0.6 }, []).kind).toBe('value');
    expect(classifyKind(quiet, []).kind).toBe('other');
  });
});

describe('analyze() gives every post a kind', () => {
  it('marks a spam comment as promotion and a question to the reader as conversation', () => {
    expect(analyze('Check out my channel and subscribe for free iPhones!!! http://spam.example').kind.kind).toBe('promotion');
    expect(analyze('What do you all think about the new bike lanes downtown?').kind.kind).not.toBe('promotion');
  });
});
