import { describe, expect, it } from 'vitest';
import { mapValeRule } from '../../../../rules/house/vale/rule';

describe('mapValeRule', () => {
  it('reads existence as avoid, with Vale defaults and %s as {actual}', () => {
    expect(mapValeRule('S.Weasel', { extends: 'existence', message: "Avoid '%s'.", tokens: ['very', 'really'], link: 'https://example.com/w' })).toEqual({
      ok: true,
      rule: { id: 'S.Weasel', type: 'avoid', severity: 'suggestion', link: 'https://example.com/w', message: "Avoid '{actual}'.", terms: ['very', 'really'], regex: true, ignorecase: false, inflections: false, wholeWord: true },
    });
  });

  it('joins raw to the tokens as Vale does', () => {
    const nonword = mapValeRule('S.Raw', { extends: 'existence', message: 'x', raw: ['(?:foo)', '\\sbar'], level: 'error' });
    expect(nonword.ok && nonword.rule).toMatchObject({ terms: ['(?:foo)\\sbar'], wholeWord: false, severity: 'error' });
    const appended = mapValeRule('S.Raw', { extends: 'existence', message: 'x', raw: ['!'], tokens: ['a', 'b'], append: true });
    expect(appended.ok && appended.rule).toMatchObject({ terms: ['\\b(?:a|b)\\b!'] });
  });

  it('reads substitution as prefer, %s as {expected} then {actual}', () => {
    const mapped = mapValeRule('S.Terms', { extends: 'substitution', message: "Use '%s' instead of '%s'.", ignorecase: true, swap: { 'e-mail': 'email', x: 3 } });
    expect(mapped).toEqual({
      ok: true,
      rule: { id: 'S.Terms', type: 'prefer', severity: 'suggestion', message: "Use '{expected}' instead of '{actual}'.", swap: { 'e-mail': 'email' }, regex: true, ignorecase: true, wholeWord: true, inflections: false },
    });
  });

  it('reads occurrence as a limit on its token, per its scope; 0 is no bound', () => {
    const mapped = mapValeRule('S.Commas', { extends: 'occurrence', message: 'Too many commas', scope: 'sentence', max: 3, min: 0, token: ',' });
    expect(mapped.ok && mapped.rule).toMatchObject({ type: 'limit', count: { pattern: ',', ignorecase: false }, per: 'sentence', max: 3 });
    expect(mapped.ok && 'min' in mapped.rule).toBe(false);
  });

  it('reads repetition and conditional', () => {
    expect(mapValeRule('S.Rep', { extends: 'repetition', message: "'%s' twice", tokens: ['[^\\s]+'], alpha: true })).toMatchObject({
      ok: true,
      rule: { type: 'repetition', tokens: ['[^\\s]+'], alpha: true, ignorecase: false, message: "'{word}' twice" },
    });
    expect(mapValeRule('S.Def', { extends: 'conditional', message: "'%s' undefined", first: '\\b([A-Z]{3})\\b', second: '\\(([A-Z]{3})\\)', exceptions: ['API'] })).toMatchObject({
      ok: true,
      rule: { type: 'require', each: '\\b([A-Z]{3})\\b', pattern: '\\(([A-Z]{3})\\)', exceptions: ['API'], ignorecase: false },
    });
  });

  it('reports, never drops: markup-only scopes, unsupported types and broken rules say why', () => {
    const reason = (yaml: unknown) => {
      const mapped = mapValeRule('S.R', yaml);
      return mapped.ok ? 'loaded' : mapped.reason;
    };
    expect(reason({ extends: 'existence', message: 'x', tokens: ['a'], scope: 'heading' })).toBe('checks headings, which a plain-text post does not have (markup-only)');
    expect(reason({ extends: 'occurrence', message: 'x', token: '.', max: 70, scope: 'heading & ~heading.h1' })).toMatch(/markup-only/);
    expect(reason({ extends: 'existence', message: 'x', tokens: ['a'], scope: ['sentence', '~blockquote'] })).toBe('loaded');
    expect(reason({ extends: 'spelling', message: 'x' })).toBe('type "spelling" is not supported (Rapport reads existence, substitution, occurrence, repetition and conditional)');
    expect(reason({ extends: 'capitalization', match: '$title', message: 'x' })).toMatch(/^capitalization checks whether a whole heading or sentence is in \$title/);
    expect(reason({ message: 'x' })).toBe('not a Vale rule: it has no "extends"');
    expect(reason('text')).toBe('not a Vale rule (expected a YAML mapping)');
    expect(reason({ extends: 'existence', message: 'x' })).toBe('existence rule without tokens or raw');
  });
});
