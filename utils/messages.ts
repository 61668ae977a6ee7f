import * as z from 'zod/mini';

/**
 * Every message between the content script, the pages and the background. The background checks each one
 * with these schemas on arrival; the content script imports only the types, keeping zod out of every page.
 */
const severity = z.enum(['suggestion', 'warning', 'error']);

export const FixSchema = z.object({ label: z.string(), start: z.number(), end: z.number(), text: z.string() });

export const FindingSchema = z.object({
  ruleId: z.string(),
  principle: z.string(),
  severity,
  message: z.string(),
  start: z.number(),
  end: z.number(),
  actual: z.string(),
  expected: z.optional(z.array(z.string())),
  fixes: z.optional(z.array(FixSchema)),
  key: z.string(),
});
export type FindingPayload = z.infer<typeof FindingSchema>;

export const PrincipleResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  source: z.string(),
  status: z.enum(['pass', 'suggestion', 'problem']),
  count: z.number(),
  penalty: z.number(),
});
export type PrincipleResultPayload = z.infer<typeof PrincipleResultSchema>;

export const AnalysisSchema = z.object({
  findings: z.array(FindingSchema),
  score: z.number(),
  principles: z.array(PrincipleResultSchema),
  signals: z.record(z.string(), z.number()),
  language: z.enum(['en', 'other']),
  notes: z.array(z.string()),
});
export type AnalysisPayload = z.infer<typeof AnalysisSchema>;

/** Texts longer than this are refused before they reach the engine (a post is never this long). */
export const MAX_TEXT = 200_000;

export const AnalyzeRequestSchema = z.object({
  type: z.literal('analyze'),
  /** Which composer on the page, so results for one never land on another. */
  composerId: z.string(),
  /** Increases with every edit: a result for an older revision is dropped. */
  revision: z.number(),
  platform: z.optional(z.string()),
  text: z.string().check(z.maxLength(MAX_TEXT)),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

export const AnalyzeResponseSchema = z.object({
  composerId: z.string(),
  revision: z.number(),
  analysis: AnalysisSchema,
});
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;

export const IgnoreRequestSchema = z.object({ type: z.literal('ignore-finding'), key: z.string() });
export const DisableRuleRequestSchema = z.object({ type: z.literal('disable-rule'), ruleId: z.string() });

/** Whether Rapport is switched on for a site; the content script asks instead of reading storage itself. */
export const SiteStatusRequestSchema = z.object({ type: z.literal('site-status'), hostname: z.string() });
export interface SiteStatus {
  enabled: boolean;
}

export const RequestSchema = z.discriminatedUnion('type', [
  AnalyzeRequestSchema,
  IgnoreRequestSchema,
  DisableRuleRequestSchema,
  SiteStatusRequestSchema,
]);
export type Request = z.infer<typeof RequestSchema>;
