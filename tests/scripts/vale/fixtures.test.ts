import { describe, expect, it } from 'vitest';
import { globMatches, lineCol, parseFeature, parseIni, proseOf, rulesFor } from '../../../scripts/vale/fixtures';

describe('Vale fixture files', () => {
  it('reads scenarios and their expected alerts from a feature file', () => {
    const feature = ['Feature: Rules', '  Scenario: Words', '    When I test "Words"', '    Then the output should contain exactly:', '      """', "      a.md:3:21:S.Words:Remove 'x: y'", '      """'].join('\n');
    expect(parseFeature(feature)).toEqual([{ name: 'Words', target: 'Words', alerts: [{ file: 'a.md', line: 3, col: 21, rule: 'S.Words', message: "Remove 'x: y'" }] }]);
  });

  it('reads which rules run on which files from a .vale.ini', () => {
    const ini = parseIni('StylesPath = ../../\nMinAlertLevel = warning\n\n[*.{md,rst}]\nBasedOnStyles = S\nS.Two = NO\nT.One = YES.\n');
    expect(ini.stylesPath).toBe('../../');
    expect(ini.minAlertLevel).toBe('warning');
    expect([...(rulesFor(ini, 'x.rst', () => ['S.One', 'S.Two']) ?? [])]).toEqual(['S.One', 'T.One']);
    expect(rulesFor(ini, 'x.txt', () => [])).toBeUndefined();
    expect(globMatches('*', 'a.md') && globMatches('test.md', 'test.md') && !globMatches('*.md', 'a.mdx')).toBe(true);
  });

  it('blanks code, comments and link targets without moving lines or columns', () => {
    const text = 'Use `x  y` here.\n```\ncode  code\n```\n<!-- a -->[link](http://e.com) end';
    const prose = proseOf(text);
    expect(prose).toHaveLength(text.length);
    expect(prose.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(prose).not.toMatch(/ {2}|code|http/);
    expect(prose.endsWith('[link]\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 end')).toBe(true);
    expect(lineCol('ab\n😀c', 5)).toEqual({ line: 2, col: 2 });
  });
});
