import { createAnalyzer, RULES, type Analysis, type AnyRule } from '@/rules/index';
import { prepareTaggerInSteps } from '@/rules/engine/nlp';
import type { PlatformId } from '@/platforms/types';
import { PRINCIPLES } from '@/rules/principles';
import {
  RequestSchema,
  type AnalysisPayload,
  type Answers,
  type Ok,
  type Refusal,
  type RequestOf,
  type RequestType,
  type RuleInfo,
} from '@/utils/messages';
import { loadSettings, updateSettings, type Profile, type Settings } from '@/utils/settings';
import { profileById, profileFor, withProfile } from '@/utils/profiles';
import { parsePolicy, toPostRecord, type RatioPolicy } from '@/rules/history';
import { historyOptionsItem, loadHistoryOptions, policyOfOptions } from '@/utils/history-options';
import { createHistoryStore, type HistoryStore } from './history-store';
import { createHousePacks, type HousePackHost } from './house-packs';
import { housePackHandlers, labelFindings, lockedRuleIds, unlocked } from './house-pack-handlers';
import { profileHandlers } from './profile-handlers';
import type { PanelHub } from './panel-hub';

/** Who sent a message, as far as the host cares: the content script's tab. */
export interface Sender {
  tab?: { id?: number; windowId?: number };
}

export interface PanelHooks {
  hub: Pick<PanelHub, 'recordAnalysis' | 'focus' | 'gone'>;
  /**
   * Opens the side panel for the sender's tab. Called synchronously inside the message listener, before
   * any await, because the browser only allows it while the badge click's user gesture is still alive.
   */
  open(sender: Sender): boolean;
}

/**
 * The pause before each part of loading compromise's tagger, in ms. The tagger loads once per worker, a part
 * at a time, right after the worker's first check (usually the warm-up the page sends on waking it, while
 * the user is still typing): a draft that needs tags then finds it loaded or nearly so. A part waits until
 * no check is being answered, so a check that needs no tags waits for one part (a few tens of ms) at most,
 * never for a part between each of its reads of the settings and the history. (Zero-delay timers ran
 * ahead of those reads' answers.) Waiting for a pause in the messages instead, as the host once did, meant
 * that someone typing steadily never had one, and their first draft that needed tags waited for the whole
 * load.
 */
export const TAGGER_PART_GAP_MS = 10;

/**
 * The self-promotion policy the composer judges drafts by: the profile's house pack's `ratio` when it has one
 * (a brand lead's rule for the team), else the policy the user chose on the dashboard (80/20 by default).
 * A pack's ratio was checked when the pack loaded; the fallback only satisfies the type.
 */
function recentPolicy(ratio: Parameters<typeof parsePolicy>[0] | undefined, chosen: RatioPolicy): RatioPolicy {
  if (!ratio) return chosen;
  const parsed = parsePolicy(ratio);
  return parsed.ok ? parsed.policy : chosen;
}

/** A built-in rule as the options page's catalogue shows it: its summary, why, and an example either way. */
function ruleInfo({ meta }: AnyRule): RuleInfo {
  const text = (example: (typeof meta.examples.bad)[number] | undefined) => (typeof example === 'string' ? example : (example?.text ?? ''));
  const fires = text(meta.examples.bad[0]);
  // Some rules pass the same words in another setting (the self-promotion ratio, with a different history):
  // the catalogue shows no context, so it shows a passing draft whose words differ, where there is one.
  const passes = meta.examples.good.map(text).find((t) => t !== fires) ?? text(meta.examples.good[0]);
  return {
    id: meta.id,
    principle: meta.principle,
    summary: meta.docs.summary,
    rationale: meta.docs.rationale,
    enabledByDefault: meta.enabledByDefault,
    fires,
    passes,
  };
}

/** One message's handler: it gets that message's own payload and must give that message's answer. */
type Handler<T extends RequestType> = (request: RequestOf<T>, sender: Sender) => Answers[T] | Promise<Answers[T]>;
/** One handler per message type: the compiler refuses a table that misses one or answers wrongly. */
export type Handlers = { [T in RequestType]: Handler<T> };

/**
 * The background's side of the messaging: one analyzer (and so one parse cache) for every composer, the
 * user's settings applied to each analysis. Malformed messages are refused, never thrown at the sender.
 */
export function createEngineHost(
  load = loadSettings,
  update = updateSettings,
  panel?: PanelHooks,
  history: HistoryStore = createHistoryStore(),
  now: () => number = Date.now,
  houses: HousePackHost = createHousePacks(),
) {
  const analyzer = createAnalyzer();
  let warm = false;
  let taggerLoading = false;
  /** Checks being answered now: the tagger's parts wait for none to be. */
  let checking = 0;
  const giveWay = () =>
    new Promise<void>((done) => {
      const later = () => setTimeout(() => (checking > 0 ? later() : done()), TAGGER_PART_GAP_MS);
      later();
    });
  /** Loads the tagger a part at a time, once per worker, after the check in hand (see TAGGER_PART_GAP_MS). */
  const loadTaggerOnce = () => {
    if (taggerLoading) return;
    taggerLoading = true;
    void prepareTaggerInSteps(giveWay);
  };
  /**
   * Runs every rule once, so the JIT warm-up is not paid on the user's check. Given the draft so far (the
   * page woke this worker), it warms on that: a draft that needs the tagger loads it now, while the user is
   * still typing, and the parse it leaves in the cache serves the check that follows.
   */
  const warmUp = (draft?: string) => {
    if (warm && !draft?.trim()) return;
    warm = true;
    analyzer.analyze(draft?.trim() ? draft : 'Warming up: how are you all doing today?');
  };
  /** A draft's check: the profile's settings, house pack and recent posts, then the engine. */
  const check = async (request: RequestOf<'analyze'>, sender: Sender): Promise<Answers['analyze']> => {
    warmUp();
    const { id, disabledRules, ignoredKeys, housePack } = profileFor(await load(), request.platform);
    const house = await houses.active(housePack);
    const policy = recentPolicy(house?.ratio, policyOfOptions(await loadHistoryOptions()).policy);
    // The profile's and platform's recent posts, so the self-promotion ratio is judged on real history.
    const posts = await history.recent(id, request.platform, policy.window);
    const recent = { posts, policy: { share: policy.share, window: policy.window, label: policy.label } };
    // Rules the administrator locked stay on and unignored, whatever the profile says.
    const locked = await lockedRuleIds(houses);
    const analysis = analyzer.analyze(request.text, {
      platform: request.platform,
      disabledRules: unlocked(disabledRules, locked),
      ignoredKeys: unlocked(ignoredKeys, locked),
      recent,
      ...(house ? { house } : {}),
    });
    const payload = labelFindings(toPayload(analysis), house, locked);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) panel?.hub.recordAnalysis(tabId, request, payload);
    return { composerId: request.composerId, revision: request.revision, analysis: payload };
  };
  const handlers: Handlers = {
    // Runs before any await (the table is called synchronously): the user gesture expires at the first one.
    'open-panel': (_request, sender) => ({ ok: panel?.open(sender) ?? false }),
    'warm-up': (request) => {
      warmUp(request.draft);
      loadTaggerOnce();
      return { ok: true };
    },
    analyze: async (request, sender) => {
      checking += 1;
      try {
        return await check(request, sender);
      } finally {
        checking -= 1;
        loadTaggerOnce();
      }
    },
    'composer-focus': (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) panel?.hub.focus(tabId, request.composerId, { hostname: request.hostname, platform: request.platform });
      return { ok: true };
    },
    'composer-gone': (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) panel?.hub.gone(tabId, request.composerId);
      return { ok: true };
    },
    'site-status': async (request) => {
      const settings = await load();
      const enabled = !settings.disabledSites.includes(request.hostname);
      const appearance = settings.appearance === 'system' ? {} : { appearance: settings.appearance };
      return settings.mastodonInstances.includes(request.hostname) ? { enabled, platform: 'mastodon', ...appearance } : { enabled, ...appearance };
    },
    'rule-catalog': () => RULES.map(ruleInfo),
    'ignore-finding': async (request) =>
      (await isLocked(request.key)) ? { ok: false } : changeProfile(request, (p) => ({ ...p, ignoredKeys: [...new Set([...p.ignoredKeys, request.key])] })),
    'unignore-finding': (request) => changeProfile(request, (p) => ({ ...p, ignoredKeys: p.ignoredKeys.filter((key) => key !== request.key) })),
    'disable-rule': async (request) =>
      (await isLocked(request.ruleId))
        ? { ok: false }
        : changeProfile(request, (p) => ({ ...p, disabledRules: [...new Set([...p.disabledRules, request.ruleId])] })),
    'enable-rule': (request) => changeProfile(request, (p) => ({ ...p, disabledRules: p.disabledRules.filter((id) => id !== request.ruleId) })),
    'set-site-enabled': (request) => {
      const host = request.hostname.toLowerCase();
      return change((s) => {
        const others = s.disabledSites.filter((h) => h !== host);
        return { ...s, disabledSites: request.enabled ? others : [...others, host] };
      });
    },
    'set-appearance': (request) => change((s) => ({ ...s, appearance: request.appearance })),
    'set-mastodon-instances': (request) => change((s) => ({ ...s, mastodonInstances: [...new Set(request.hosts)] })),
    'post-published': async (request) => {
      // All rules, whatever the user turned off: the history judges the post, not what the card showed.
      const analysis = analyzer.analyze(request.text, { platform: request.platform });
      const profile = profileFor(await load(), request.platform).id;
      const meta = { at: new Date(now()).toISOString(), platform: request.platform, profile, reply: request.reply };
      return history.add(toPostRecord(analysis, meta), request.text);
    },
    'history-export': () => history.exportJson(),
    'history-export-csv': async () => ({ csv: await history.exportCsv() }),
    'history-clear': async () => {
      await history.clear();
      return { ok: true };
    },
    ...housePackHandlers(houses, analyzer, update),
    ...profileHandlers(update),
    'history-import-start': () => history.importStart(),
    'history-import': (request) => history.addMany(request.posts),
    'set-history-options': async ({ type: _type, ...options }) => {
      await historyOptionsItem.setValue(options);
      return { ok: true };
    },
  };

  /** Whether a rule id or finding key belongs to a rule the administrator locked on. */
  async function isLocked(idOrKey: string): Promise<boolean> {
    return unlocked([idOrKey], await lockedRuleIds(houses)).length === 0;
  }
  /** A settings change, answered once it is stored. */
  async function change(edit: (current: Settings) => Settings): Promise<Ok> {
    await update(edit);
    return { ok: true };
  }
  /**
   * A change to one profile's rule settings: the one the request names, else the one its platform's
   * composers write by. A named profile that no longer exists changes nothing.
   */
  async function changeProfile(target: { profileId?: string; platform?: PlatformId }, edit: (profile: Profile) => Profile): Promise<Ok> {
    let ok = false;
    await update((s) => {
      const profile = target.profileId === undefined ? profileFor(s, target.platform) : profileById(s, target.profileId);
      ok = profile !== undefined;
      return profile ? withProfile(s, profile.id, edit) : s;
    });
    return { ok };
  }

  return async function handle(message: unknown, sender: Sender = {}): Promise<Answers[RequestType] | Refusal> {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { error: 'Rapport could not read that message.' };
    return dispatch(handlers, parsed.data, sender);
  };
}

/** Calls the request's own handler; written as a generic so the compiler pairs each request with its handler. */
function dispatch<T extends RequestType>(handlers: Handlers, request: RequestOf<T>, sender: Sender) {
  return handlers[request.type as T](request, sender);
}

/** The analysis as it travels: all of it (so a new field reaches the pages), its principles with their words. */
export function toPayload(analysis: Analysis): AnalysisPayload {
  return {
    ...analysis,
    principles: analysis.principles.map((p) => {
      const { title, why, source } = PRINCIPLES[p.id];
      return { ...p, title, why, source };
    }),
  };
}
