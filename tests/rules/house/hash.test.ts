import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../../rules/house/hash';

describe('hash', () => {
  it('is the same for the same content in any key order, and differs otherwise', () => {
    const a = canonicalJson({ name: 'p', rules: [{ id: 'a', type: 'avoid', terms: ['x'] }] });
    const b = canonicalJson({ rules: [{ terms: ['x'], type: 'avoid', id: 'a' }], name: 'p' });
    expect(a).toBe(b);
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(canonicalJson({ name: 'p', rules: [{ id: 'a', type: 'avoid', terms: ['y'] }] }))).not.toBe(contentHash(a));
  });
});
