import { describe, expect, it } from 'vitest';
import { paint } from '../../../cli/format/colour';

describe('paint', () => {
  it('wraps text in ANSI codes only when enabled', () => {
    expect(paint(false).red('x')).toBe('x');
    expect(paint(false).severity('error', 'x')).toBe('x');
    expect(paint(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(paint(true).severity('warning', 'x')).toBe(paint(true).yellow('x'));
  });
});
