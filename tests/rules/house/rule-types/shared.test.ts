import { describe, expect, it } from 'vitest';
import { ChunkCache, createDoc } from '../../../../rules/engine/document';
import { inside, leadSpan, protectedSpans } from '../../../../rules/house/rule-types/shared';
import { compiled } from '../helpers';

const doc = (text: string) => createDoc(text, undefined, new ChunkCache());

describe('shared', () => {
  it('points post-wide findings at the first sentence, trimmed', () => {
    const d = doc('  First one here. Second one.\nThird.');
    const span = leadSpan(d);
    expect(span && d.text.slice(span.start, span.end)).toBe('First one here.');
    expect(leadSpan(doc('   '))).toBeUndefined();
  });

  it('guards links, mentions and e-mail addresses', () => {
    const d = doc('See acme.com/users, ask @acme_users or mail users@acme.com');
    const guarded = protectedSpans(d);
    const at = (word: string, from = 0) => ({ start: d.text.indexOf(word, from), end: d.text.indexOf(word, from) + word.length });
    expect(inside(at('acme.com/users'), guarded)).toBe(true);
    expect(inside(at('@acme_users'), guarded)).toBe(true);
    expect(inside(at('users@acme.com'), guarded)).toBe(true);
    expect(inside(at('ask'), guarded)).toBe(false);
  });

  it('documents a house rule as the pack describes it', () => {
    const [rule] = compiled([{ id: 'a', type: 'avoid', terms: ['x'], description: 'Why we avoid x.', link: 'https://example.com/style#x' }]).rules;
    expect(rule?.meta.docs.summary).toBe('Why we avoid x.');
    expect(rule?.meta.docs.rationale).toBe('A house rule of "Test pack" (https://example.com/style#x).');
    expect(rule?.meta.languageIndependent).toBe(true);
  });
});
