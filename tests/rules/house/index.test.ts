import { describe, expect, it } from 'vitest';
import { loadHousePack, validateHousePack } from '../../../rules/house/index';
import { ISSUE_PACK } from './schema.test';

describe('loadHousePack', () => {
  it('compiles a pack once: the same content, in any key order or as JSON text, gives the same compiled pack', () => {
    const first = loadHousePack(ISSUE_PACK);
    const reordered = Object.fromEntries(Object.entries(ISSUE_PACK).reverse());
    const again = loadHousePack(reordered);
    const text = loadHousePack(JSON.stringify(ISSUE_PACK, null, 2));
    expect(first.ok).toBe(true);
    if (!first.ok || !again.ok || !text.ok) return;
    expect(again.pack).toBe(first.pack);
    expect(text.pack).toBe(first.pack);
    expect(again.pack.rules[0]).toBe(first.pack.rules[0]);
  });

  it('caches refusals too, and keeps the skipped rules of a source', () => {
    expect(loadHousePack({ name: 'p', rules: [{}] })).toBe(loadHousePack({ name: 'p', rules: [{}] }));
    const result = loadHousePack({ name: 'p', rules: [] }, [{ name: 'Google.Headings', reason: 'checks headings' }]);
    expect(result.ok && result.pack.skipped).toEqual([{ name: 'Google.Headings', reason: 'checks headings' }]);
  });

  it('knows a text it has loaded without reading it again, broken JSON included, and keeps a source\'s skipped rules', () => {
    const text = JSON.stringify(ISSUE_PACK);
    const first = loadHousePack(text);
    expect(loadHousePack(`${text}`)).toBe(first);
    const broken = loadHousePack('{ "name": ');
    expect(broken.ok).toBe(false);
    expect(loadHousePack('{ "name": ')).toBe(broken);
    const skipped = loadHousePack(text, [{ name: 'Google.Headings', reason: 'checks headings' }]);
    expect(skipped.ok && skipped.pack.skipped).toEqual([{ name: 'Google.Headings', reason: 'checks headings' }]);
    expect(first.ok && first.pack.skipped).toBeFalsy();
  });

  it('validates with the same checks as loading', () => {
    expect(validateHousePack(ISSUE_PACK)).toEqual([]);
    expect(validateHousePack({ name: 'p', rules: [{ id: 'a', type: 'pattern', pattern: '(' }] })).toEqual([
      { path: 'rules[0].pattern', message: 'the pattern "(" cannot run: missing closing ): `(`' },
    ]);
  });
});
