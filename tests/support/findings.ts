import type { Finding, PrincipleId, Severity } from '../../rules/engine/types';

/** A finding of `ruleId` over `start`..`end`, as a rule would report it, for the engine's merge and score tests. */
export const finding = (ruleId: string, principle: PrincipleId, severity: Severity, start: number, end: number): Finding => ({
  ruleId,
  principle,
  severity,
  message: `${ruleId} says so`,
  start,
  end,
  actual: 'x'.repeat(end - start),
  key: `${ruleId}:${start}`,
});
