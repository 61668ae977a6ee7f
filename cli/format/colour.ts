import type { Severity } from '../../rules/index';

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  severity(severity: Severity, text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const same = (text: string): string => text;

/** ANSI styles when `enabled`, plain text otherwise: callers never test for colour themselves. */
export function paint(enabled: boolean): Paint {
  const bold = enabled ? wrap(1, 22) : same;
  const dim = enabled ? wrap(2, 22) : same;
  const red = enabled ? wrap(31, 39) : same;
  const yellow = enabled ? wrap(33, 39) : same;
  const cyan = enabled ? wrap(36, 39) : same;
  const green = enabled ? wrap(32, 39) : same;
  const bySeverity: Record<Severity, (text: string) => string> = { error: red, warning: yellow, suggestion: cyan };
  return { bold, dim, red, yellow, cyan, green, severity: (severity, text) => bySeverity[severity](text) };
}
