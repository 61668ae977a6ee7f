import type { FindingPayload } from '@/utils/messages';

type Severity = FindingPayload['severity'];

/** Each severity's colour, the same in the badge's dot, the underlines and their tint. */
export const SEVERITY_COLOURS: Record<Severity, string> = { suggestion: '#2563eb', warning: '#d97706', error: '#dc2626' };

/**
 * How flagged words are marked, as CSS declarations: dotted for a suggestion, wavy for a problem, with a
 * light tint behind. Shared by the CSS highlights in rich editors and the mirror over textareas.
 */
export function underlineCss(severity: Severity): string {
  const colour = SEVERITY_COLOURS[severity];
  return (
    `text-decoration:underline ${severity === 'suggestion' ? 'dotted' : 'wavy'} ${colour};` +
    `text-decoration-thickness:2px;text-underline-offset:3px;background-color:${colour}14`
  );
}
