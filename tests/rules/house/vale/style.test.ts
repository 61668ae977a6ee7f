import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../rules/engine/analyze';
import { loadHousePack } from '../../../../rules/house/index';
import { readValeStyle } from '../../../../rules/house/vale/style';

const FILES = [
  { path: 'Brand/Avoid.yml', text: "extends: existence\nmessage: \"Don't say '%s'.\"\nlevel: error\nignorecase: true\ntokens:\n  - leverage\n  - synergy\n" },
  { path: 'Brand/Terms.yml', text: "extends: substitution\nmessage: Use '%s' instead of '%s'.\nswap:\n  e-mail: email\n" },
  { path: 'Brand/Ahead.yml', text: "extends: existence\nmessage: x\ntokens:\n  - 'a(?=b)c'\n" },
  { path: 'Brand/Headings.yml', text: 'extends: capitalization\nmessage: x\nscope: heading\nmatch: $title\n' },
  { path: 'Brand/Broken.yml', text: 'extends: existence\nmessage: [unclosed\n' },
  { path: 'Brand/meta.json', text: '{}' },
  { path: 'config/vocabularies/Brand/accept.yml', text: '- word\n' },
];

describe('readValeStyle', () => {
  it('loads what it can and reports every other rule by name with its reason', () => {
    const style = readValeStyle(FILES, 'fallback');
    expect(style.total).toBe(5);
    expect(style.pack).toMatchObject({ name: 'Brand (Vale style)', id: 'brand' });
    expect(style.pack.rules.map((r) => r.id)).toEqual(['Brand.Avoid', 'Brand.Terms']);
    expect(style.skipped).toEqual([
      { name: 'Brand.Broken', reason: expect.stringMatching(/^not valid YAML: /) },
      { name: 'Brand.Headings', reason: 'checks headings, which a plain-text post does not have (markup-only)' },
      { name: 'Brand.Ahead', reason: 'tokens[0]: the pattern "a(?=b)c" cannot run: lookahead ((?= or (?!) is not supported: it has no linear-time form' },
    ]);
  });

  it('gives rules that run as Vale names them, with its messages', () => {
    const style = readValeStyle(FILES, 'fallback');
    const result = loadHousePack(style.pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const findings = createAnalyzer([]).analyze('Send an e-mail about our Synergy.', { house: result.pack }).findings;
    expect(findings.map((f) => [f.ruleId, f.actual, f.message, f.severity])).toEqual([
      ['house/brand/Brand.Terms', 'e-mail', "Use 'email' instead of 'e-mail'.", 'suggestion'],
      ['house/brand/Brand.Avoid', 'Synergy', "Don't say 'Synergy'.", 'error'],
    ]);
  });

  it('names a style from its folder, or from what was given when the rules sit at the top', () => {
    expect(readValeStyle([{ path: 'Avoid.yml', text: FILES[0]?.text ?? '' }], 'MyStyle').pack.rules[0]?.id).toBe('MyStyle.Avoid');
  });
});
