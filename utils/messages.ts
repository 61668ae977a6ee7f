import * as z from 'zod/mini';
import {
  analysisSchema,
  findingSchema,
  platformIdSchema,
  postKindSchema,
  principleIdSchema,
  principleResultSchema,
  signalNameSchema,
  type ChannelReport,
  type Finding,
  type PlatformId,
  type PrincipleId,
  type Strength,
} from '../rules/engine/types';
import type { PostRecord } from '../rules/history';
import { POLICY_IDS } from '../rules/history/policy';
import { HISTORY_LIMITS } from './history-options';
import { IMPORT_BATCH } from './import-batch';
import { POST_HASH } from './post-hash';
import { INSTANCE_HOST } from './mastodon-hosts';
import { APPEARANCES, type Appearance } from './settings';

/**
 * Every message between the content script, the pages and the background. The background checks each one
 * with these schemas on arrival; the content script imports only the types, keeping zod out of it.
 *
 * The engine's shapes (finding, fix, principle result, analysis, platform and principle ids) are the
 * contract's (rules/engine/types.ts), never declared again here: a payload is a contract shape, extended
 * only with what the background adds for the pages.
 */

/**
 * A finding as it travels: the contract's own, plus, for a house rule, the name of the pack it came from, so
 * cards can say "House rule · Acme house style" without the pages loading the pack, and whether policy
 * locked its rule.
 */
export type FindingPayload = Finding & { housePack?: string; locked?: boolean };

/** A principle's result with the catalogue's words for the pages (rules/principles.ts), so no page loads them. */
const principleResultPayloadSchema = z.extend(principleResultSchema, { title: z.string(), why: z.string(), source: z.string() });
export type PrincipleResultPayload = z.infer<typeof principleResultPayloadSchema>;

/** `locked`: the administrator locked the rule on, so the cards offer no Ignore or Turn off. */
const findingPayloadSchema = z.extend(findingSchema, { housePack: z.optional(z.string()), locked: z.optional(z.boolean()) });

/** An analysis as it travels: the contract's, its principle results carrying their words. */
const analysisPayloadSchema = z.extend(analysisSchema, {
  findings: z.array(findingPayloadSchema),
  principles: z.array(principleResultPayloadSchema),
});
export type AnalysisPayload = z.infer<typeof analysisPayloadSchema>;

/** Texts longer than this are refused before they reach the engine (a post is never this long). */
const MAX_TEXT = 200_000;

const AnalyzeRequestSchema = z.object({
  type: z.literal('analyze'),
  /** Which composer on the page, so results for one never land on another. */
  composerId: z.string(),
  /** Increases with every edit: a result for an older revision is dropped. */
  revision: z.number(),
  platform: z.optional(platformIdSchema),
  text: z.string().check(z.maxLength(MAX_TEXT)),
});

export const AnalyzeResponseSchema = z.object({
  composerId: z.string(),
  revision: z.number(),
  analysis: analysisPayloadSchema,
});
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;

/**
 * Whose rule settings a change is for: the named profile (the options page), else the profile the
 * platform's composers write by (a card or the side panel), else the default profile.
 */
const profileTarget = {
  profileId: z.optional(z.string()),
  platform: z.optional(platformIdSchema),
};
const IgnoreRequestSchema = z.object({ type: z.literal('ignore-finding'), key: z.string(), ...profileTarget });
const DisableRuleRequestSchema = z.object({ type: z.literal('disable-rule'), ruleId: z.string(), ...profileTarget });

/** A site Rapport runs on: its host and the platform it belongs to. */
export interface SiteInfo {
  hostname: string;
  platform: PlatformId;
}

/** Whether Rapport is switched on for a site; the content script asks instead of reading storage itself. */
const SiteStatusRequestSchema = z.object({ type: z.literal('site-status'), hostname: z.string() });
export interface SiteStatus {
  enabled: boolean;
  /** Set for a Mastodon instance the user added, which the content script cannot tell from its host name. */
  platform?: PlatformId;
  /** The theme the user chose for Rapport's in-page badge and cards; absent: the browser's. */
  appearance?: Appearance;
}

/** The Mastodon instances (host names) the user coaches on besides mastodon.social. */
const SetMastodonInstancesRequestSchema = z.object({
  type: z.literal('set-mastodon-instances'),
  hosts: z.array(z.string().check(z.regex(INSTANCE_HOST))).check(z.maxLength(100)),
});

/** The content script's composer the user is working in (it got focus), so the side panel follows it. */
const ComposerFocusRequestSchema = z.object({
  type: z.literal('composer-focus'),
  composerId: z.string(),
  platform: platformIdSchema,
  hostname: z.string(),
});
/** A composer left the page (or Rapport was switched off for the site): the panel forgets it. */
const ComposerGoneRequestSchema = z.object({ type: z.literal('composer-gone'), composerId: z.string() });
/** The badge was clicked: open the side panel for the sender's tab (needs the click's user gesture). */
const OpenPanelRequestSchema = z.object({ type: z.literal('open-panel') });
/**
 * A composer got focus, or typing resumed after the background's service worker stopped (the page's
 * composer port closed, see entrypoints/background/composer-ports.ts): warm the engine now, so the first
 * check after the pause does not also pay for starting the worker and the engine. `draft` is the text so
 * far: if it needs compromise's tagger, the tagger loads while the user is still typing.
 */
const WarmUpRequestSchema = z.object({ type: z.literal('warm-up'), draft: z.optional(z.string().check(z.maxLength(MAX_TEXT))) });

/** Undo for the options page and the panel. */
const EnableRuleRequestSchema = z.object({ type: z.literal('enable-rule'), ruleId: z.string(), ...profileTarget });
const UnignoreFindingRequestSchema = z.object({ type: z.literal('unignore-finding'), key: z.string(), ...profileTarget });

/** Profiles, from the options page and the side panel (utils/profiles.ts holds the rules). */
const profileName = () => z.string().check(z.maxLength(1000));
const ProfileAddRequestSchema = z.object({ type: z.literal('profile-add'), name: profileName() });
const ProfileRenameRequestSchema = z.object({ type: z.literal('profile-rename'), profileId: z.string(), name: profileName() });
const ProfileRemoveRequestSchema = z.object({ type: z.literal('profile-remove'), profileId: z.string() });
const ProfileSetDefaultRequestSchema = z.object({ type: z.literal('profile-set-default'), profileId: z.string() });
/** Which profile the platform's composers write by; no `profileId` for the default. */
const SetPlatformProfileRequestSchema = z.object({ type: z.literal('set-platform-profile'), platform: platformIdSchema, profileId: z.optional(z.string()) });
/** A new profile's id, or why there is none. */
export type ProfileAdded = { ok: true; id: string } | { ok: false; reason: string };
const SetAppearanceRequestSchema = z.object({ type: z.literal('set-appearance'), appearance: z.enum(APPEARANCES) });
const SetSiteEnabledRequestSchema = z.object({
  type: z.literal('set-site-enabled'),
  hostname: z.string().check(z.minLength(1), z.maxLength(253)),
  enabled: z.boolean(),
});
/** The built-in rules with a line about each, for pages that list turned-off rules. */
const RuleCatalogRequestSchema = z.object({ type: z.literal('rule-catalog') });
export interface RuleInfo {
  id: string;
  principle: PrincipleId;
  summary: string;
  /** Why it matters, for the options page's catalogue. */
  rationale: string;
  /** Whether it runs unless turned off (a rule off by default runs only when a house pack turns it on). */
  enabledByDefault: boolean;
  /** A draft it flags and one it leaves alone: the rule's own tested examples. */
  fires: string;
  passes: string;
}

/**
 * The user published the draft of a composer (its post button or keyboard shortcut): the background
 * analyses the text and records the post in the history (entrypoints/background/history-store.ts).
 */
const PostPublishedRequestSchema = z.object({
  type: z.literal('post-published'),
  composerId: z.string(),
  platform: platformIdSchema,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  /** An answer to someone's post (the composer is a reply box). */
  reply: z.boolean(),
});
/** The whole history as JSON, for the extension's pages. */
const HistoryExportRequestSchema = z.object({ type: z.literal('history-export') });
/** The whole history as CSV (the columns history-store.ts documents), answered as `{ csv }`. */
const HistoryExportCsvRequestSchema = z.object({ type: z.literal('history-export-csv') });
/** Deletes the whole history (the page asks the user to confirm first). */
const HistoryClearRequestSchema = z.object({ type: z.literal('history-clear') });

const count = () => z.number().check(z.int(), z.gte(0));
/** A post record as the import sends it (rules/history/types.ts `PostRecord`), checked field by field. */
const postRecordSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  platform: platformIdSchema,
  profile: z.optional(z.string().check(z.maxLength(200))),
  reply: z.boolean(),
  kind: postKindSchema,
  signals: z.optional(z.partialRecord(signalNameSchema, z.number())),
  principles: z.optional(z.partialRecord(principleIdSchema, count())),
  findings: z.optional(z.record(z.string(), count())),
  score: z.optional(z.number()),
});
/**
 * Posts read from an archive in the dashboard (analysed there, off the main thread), to store. Each
 * carries its salted hash (made by the import's worker with the salt `history-import-start` gives), its
 * text, or both: the text is needed only when the user keeps texts, and the background hashes a post that
 * comes without one. Posts already stored are skipped by that hash.
 */
const importedPostSchema = z
  .object({
    record: postRecordSchema,
    text: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_TEXT))),
    hash: z.optional(z.string().check(z.regex(POST_HASH))),
  })
  .check(z.refine((post) => post.text !== undefined || post.hash !== undefined, 'a post needs its text or its hash'));
/** One imported post as `history-import` carries it: the dashboard's workers make them, the background stores them. */
export type ImportedPost = z.infer<typeof importedPostSchema>;
/** What an import needs before it starts: the salt its workers hash with, and whether to send the texts. */
const HistoryImportStartRequestSchema = z.object({ type: z.literal('history-import-start') });
export interface HistoryImportStartAnswer {
  salt: string;
  keepPostText: boolean;
}
const HistoryImportRequestSchema = z.object({
  type: z.literal('history-import'),
  posts: z
    .array(importedPostSchema)
    .check(z.maxLength(IMPORT_BATCH)),
});
export interface HistoryImportAnswer {
  /** Stored now. */
  added: number;
  /** Already stored, or twice in the batch. */
  duplicates: number;
  /** New posts older than retention keeps (its age or count), so not stored. */
  tooOld: number;
  nearlyFull: boolean;
}
/** The history's options (utils/history-options.ts), which only the background writes. */
const SetHistoryOptionsRequestSchema = z.object({
  type: z.literal('set-history-options'),
  keepPostText: z.boolean(),
  maxPosts: z.number().check(z.int(), z.gte(HISTORY_LIMITS.maxPosts.min), z.lte(HISTORY_LIMITS.maxPosts.max)),
  maxAgeDays: z.number().check(z.int(), z.gte(HISTORY_LIMITS.maxAgeDays.min), z.lte(HISTORY_LIMITS.maxAgeDays.max)),
  policy: z.enum(POLICY_IDS),
  share: z.number().check(z.gt(0), z.lt(1)),
  window: z.number().check(z.int(), z.gte(HISTORY_LIMITS.window.min), z.lte(HISTORY_LIMITS.window.max)),
});

/** One post as the history keeps it: the engine's record, an id, the salted hash of its text, the text if kept. */
export interface StoredPost extends PostRecord {
  id: string;
  hash: string;
  text?: string;
}
/** The history's JSON export, and the answer to `history-export`. */
export interface HistoryExport {
  version: 1;
  posts: StoredPost[];
}
export interface PostPublishedAnswer {
  /** False when the same text was already recorded (a double submit, a post imported before). */
  added: boolean;
  /** Within a tenth of the retention limit: the oldest posts are about to be dropped. */
  nearlyFull: boolean;
}

// House-rule packs (issue 11): the options page asks, the background compiles, stores and answers.

/** A pack's text is refused past this size (the pack limits keep real packs well below it). */
const MAX_PACK_TEXT = 2_000_000;
const packText = () => z.string().check(z.maxLength(MAX_PACK_TEXT));
/** Does this text load as a pack? Answered with its name or every problem (the editor's live check). */
const HousePackCheckRequestSchema = z.object({ type: z.literal('house-pack-check'), text: packText() });
/** A sample draft checked with a pack that is being written: the pack's findings, or its problems. */
const HousePackPreviewRequestSchema = z.object({
  type: z.literal('house-pack-preview'),
  pack: packText(),
  draft: z.string().check(z.maxLength(MAX_TEXT)),
  platform: z.optional(platformIdSchema),
});
/** A new pack from a file or a paste. */
const HousePackAddRequestSchema = z.object({
  type: z.literal('house-pack-add'),
  source: z.enum(['file', 'paste']),
  text: packText(),
  fileName: z.optional(z.string().check(z.maxLength(260))),
});
/** A new pack from an https address the user typed (the options page asked for that origin first). */
const HousePackAddUrlRequestSchema = z.object({ type: z.literal('house-pack-add-url'), url: z.string().check(z.maxLength(2048)) });
/** A stored pack's new text, from the editor. */
const HousePackUpdateRequestSchema = z.object({ type: z.literal('house-pack-update'), id: z.string(), text: packText() });
/** Fetch a URL pack again now. */
const HousePackRefreshRequestSchema = z.object({ type: z.literal('house-pack-refresh'), id: z.string() });
const HousePackRemoveRequestSchema = z.object({ type: z.literal('house-pack-remove'), id: z.string() });
/** Which pack a profile writes by; no `packId` for none. */
const SetProfilePackRequestSchema = z.object({ type: z.literal('set-profile-pack'), profileId: z.string(), packId: z.optional(z.string()) });

/** A problem of a pack, by its JSON path (`rules[3].max`), in plain words. */
export interface PackProblemPayload {
  path: string;
  message: string;
}
export type PackCheck = { ok: true; name: string; rules: number } | { ok: false; problems: PackProblemPayload[] };
export type PackPreview = { ok: true; name: string; findings: FindingPayload[] } | { ok: false; problems: PackProblemPayload[] };
/** A pack stored (its id), or refused: why (a failed fetch) and its problems (a pack that did not load). */
export type PackSaved = { ok: true; id: string } | { ok: false; reason?: string; problems: PackProblemPayload[] };

export const RequestSchema = z.discriminatedUnion('type', [
  HousePackCheckRequestSchema,
  HousePackPreviewRequestSchema,
  HousePackAddRequestSchema,
  HousePackAddUrlRequestSchema,
  HousePackUpdateRequestSchema,
  HousePackRefreshRequestSchema,
  HousePackRemoveRequestSchema,
  SetProfilePackRequestSchema,
  ProfileAddRequestSchema,
  ProfileRenameRequestSchema,
  ProfileRemoveRequestSchema,
  ProfileSetDefaultRequestSchema,
  SetPlatformProfileRequestSchema,
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
  SetAppearanceRequestSchema,
  RuleCatalogRequestSchema,
  PostPublishedRequestSchema,
  HistoryExportRequestSchema,
  HistoryExportCsvRequestSchema,
  HistoryClearRequestSchema,
  HistoryImportStartRequestSchema,
  HistoryImportRequestSchema,
  SetHistoryOptionsRequestSchema,
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
/** The request of one type, with its own payload. */
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** The answer to a request that only changes something or starts something. */
export interface Ok {
  ok: boolean;
}

/**
 * What the background answers to each request. The host's handler table is typed by it, so a new message
 * is a schema in `RequestSchema`, an entry here and one handler, and the compiler checks the three agree.
 * Any request may also be answered `{ error }` when it does not pass its schema.
 */
export interface Answers {
  analyze: AnalyzeResponse;
  'ignore-finding': Ok;
  'disable-rule': Ok;
  'site-status': SiteStatus;
  'set-mastodon-instances': Ok;
  'warm-up': Ok;
  'composer-focus': Ok;
  'composer-gone': Ok;
  'open-panel': Ok;
  'enable-rule': Ok;
  'unignore-finding': Ok;
  'set-site-enabled': Ok;
  'set-appearance': Ok;
  'rule-catalog': RuleInfo[];
  'post-published': PostPublishedAnswer;
  'history-export': HistoryExport;
  'history-export-csv': { csv: string };
  'history-clear': Ok;
  'house-pack-check': PackCheck;
  'house-pack-preview': PackPreview;
  'house-pack-add': PackSaved;
  'house-pack-add-url': PackSaved;
  'house-pack-update': PackSaved;
  'house-pack-refresh': PackSaved;
  'house-pack-remove': Ok;
  'set-profile-pack': Ok;
  'profile-add': ProfileAdded;
  'profile-rename': Ok;
  'profile-remove': Ok;
  'profile-set-default': Ok;
  'set-platform-profile': Ok;
  'history-import-start': HistoryImportStartAnswer;
  'history-import': HistoryImportAnswer;
  'set-history-options': Ok;
}
export interface Refusal {
  error: string;
}

// ---------------------------------------------------------------------------------------------------
// The side panel. It holds a port to the background (`PANEL_PORT`, utils/ports.ts): it says which tab it
// shows, the background pushes that tab's state whenever a newer analysis of its active composer arrives,
// and the panel's actions travel back the same way to the content script's session.

/** What a person can do with a finding, in the in-page card or the side panel: declared once, here. */
export const CARD_ACTIONS = ['apply', 'ignore', 'disable-rule', 'select'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

const PanelWatchSchema = z.object({
  type: z.literal('watch'),
  tabId: z.int(),
  /** The panel's window, so the keyboard shortcut can close the panel it opened. */
  windowId: z.optional(z.int()),
});
const PanelActSchema = z.object({
  type: z.literal('act'),
  /** Echoed in the answer, so the panel knows which click it answers. */
  id: z.number(),
  tabId: z.int(),
  composerId: z.string(),
  action: z.enum(CARD_ACTIONS),
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
  /** Unknown only if the content script did not say. */
  platform?: PlatformId;
  analysis: AnalysisPayload;
  channel?: ChannelReport;
  strengths: Strength[];
  /** The principle whose findings cost the most points: what would raise the score most. */
  biggestGain?: PrincipleId;
}

/** What the panel shows for a tab: the site (when Rapport runs there) and its active composer. */
export interface PanelState {
  type: 'state';
  tabId: number;
  /** `null` when no content script answers: not a supported site, or a page opened before Rapport was. */
  site: SiteInfo | null;
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
export interface PanelSyncReply extends SiteInfo {
  /** The composers alive on the page, and the one the user worked in last. */
  composers: string[];
  active?: string;
}
export interface SessionActionCommand {
  type: 'session-action';
  composerId: string;
  action: CardAction;
  key: string;
  start: number;
}
export type ContentCommand = PanelSyncCommand | SessionActionCommand;
