import * as z from 'zod/mini';
import type { ChannelReport, Strength } from '../rules/engine/types';

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
  /** Set for a Mastodon instance the user added, which the content script cannot tell from its host name. */
  platform?: string;
}

/** The Mastodon instances (host names) the user coaches on besides mastodon.social. */
export const SetMastodonInstancesRequestSchema = z.object({
  type: z.literal('set-mastodon-instances'),
  hosts: z.array(z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/))).check(z.maxLength(100)),
});

/** The content script's composer the user is working in (it got focus), so the side panel follows it. */
export const ComposerFocusRequestSchema = z.object({
  type: z.literal('composer-focus'),
  composerId: z.string(),
  platform: z.string(),
  hostname: z.string(),
});
/** A composer left the page (or Rapport was switched off for the site): the panel forgets it. */
export const ComposerGoneRequestSchema = z.object({ type: z.literal('composer-gone'), composerId: z.string() });
/** The badge was clicked: open the side panel for the sender's tab (needs the click's user gesture). */
export const OpenPanelRequestSchema = z.object({ type: z.literal('open-panel') });
/**
 * A composer got focus, or typing resumed after the background's service worker stopped (the page's
 * composer port closed, see utils/composer-ports.ts): warm the engine now, so the first check after the
 * pause does not also pay for starting the worker and the engine.
 */
export const WarmUpRequestSchema = z.object({ type: z.literal('warm-up') });

/** Undo for the options page and the panel. */
export const EnableRuleRequestSchema = z.object({ type: z.literal('enable-rule'), ruleId: z.string() });
export const UnignoreFindingRequestSchema = z.object({ type: z.literal('unignore-finding'), key: z.string() });
export const SetSiteEnabledRequestSchema = z.object({
  type: z.literal('set-site-enabled'),
  hostname: z.string().check(z.minLength(1), z.maxLength(253)),
  enabled: z.boolean(),
});
/** The built-in rules with a line about each, for pages that list turned-off rules. */
export const RuleCatalogRequestSchema = z.object({ type: z.literal('rule-catalog') });
export interface RuleInfo {
  id: string;
  principle: string;
  summary: string;
}

export const RequestSchema = z.discriminatedUnion('type', [
  AnalyzeRequestSchema,
  IgnoreRequestSchema,
  DisableRuleRequestSchema,
  SiteStatusRequestSchema,
  SetMastodonInstancesRequestSchema,
  WarmUpRequestSchema,
  ComposerFocusRequestSchema,
  ComposerGoneRequestSchema,
  OpenPanelRequestSchema,
  EnableRuleRequestSchema,
  UnignoreFindingRequestSchema,
  SetSiteEnabledRequestSchema,
  RuleCatalogRequestSchema,
]);
export type Request = z.infer<typeof RequestSchema>;

// ---------------------------------------------------------------------------------------------------
// The side panel. It holds a port to the background (`PANEL_PORT`): it says which tab it shows, the
// background pushes that tab's state whenever a newer analysis of its active composer arrives, and the
// panel's actions travel back the same way to the content script's session.

export const PANEL_PORT = 'rapport-panel';

export type CardActionName = 'apply' | 'ignore' | 'disable-rule' | 'select';

export const PanelWatchSchema = z.object({
  type: z.literal('watch'),
  tabId: z.int(),
  /** The panel's window, so the keyboard shortcut can close the panel it opened. */
  windowId: z.optional(z.int()),
});
export const PanelActSchema = z.object({
  type: z.literal('act'),
  /** Echoed in the answer, so the panel knows which click it answers. */
  id: z.number(),
  tabId: z.int(),
  composerId: z.string(),
  action: z.enum(['apply', 'ignore', 'disable-rule', 'select']),
  /** The finding, by its key and where it starts in the text it was found in. */
  key: z.string(),
  start: z.number(),
});
export const PanelClientMessageSchema = z.discriminatedUnion('type', [PanelWatchSchema, PanelActSchema]);
export type PanelClientMessage = z.infer<typeof PanelClientMessageSchema>;
export type PanelAct = z.infer<typeof PanelActSchema>;

export type { ChannelReport, Strength };

export interface ComposerState {
  composerId: string;
  revision: number;
  platform: string;
  analysis: AnalysisPayload;
  channel?: ChannelReport;
  strengths: Strength[];
  /** The principle whose findings cost the most points: what would raise the score most. */
  biggestGain?: string;
}

/** What the panel shows for a tab: the site (when Rapport runs there) and its active composer. */
export interface PanelState {
  type: 'state';
  tabId: number;
  /** `null` when no content script answers: not a supported site, or a page opened before Rapport was. */
  site: { hostname: string; platform: string } | null;
  composer: ComposerState | null;
}

export type ActOutcome = 'done' | 'applied' | 'stale' | 'failed' | 'missing';
export interface PanelActResult {
  type: 'act-result';
  id: number;
  outcome: ActOutcome;
}
export type PanelServerMessage = PanelState | PanelActResult | { type: 'close' };

// ---------------------------------------------------------------------------------------------------
// Background -> content script (tabs.sendMessage). Only the extension can send these, so the content
// script checks their shape by hand and stays free of zod.

export interface PanelSyncCommand {
  type: 'panel-sync';
  /** Composers the background holds an analysis for; the active one is checked again if missing. */
  known: string[];
}
export interface PanelSyncReply {
  hostname: string;
  platform: string;
  /** The composers alive on the page, and the one the user worked in last. */
  composers: string[];
  active?: string;
}
export interface SessionActionCommand {
  type: 'session-action';
  composerId: string;
  action: CardActionName;
  key: string;
  start: number;
}
export type ContentCommand = PanelSyncCommand | SessionActionCommand;
