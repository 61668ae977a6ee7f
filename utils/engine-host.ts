import { createAnalyzer, RULES, type Analysis } from '../rules/index';
import { prepareTagger } from '../rules/engine/nlp';
import { PRINCIPLES } from '../rules/principles';
import { isPlatformId } from '../platforms/types';
import {
  RequestSchema,
  type AnalysisPayload,
  type AnalyzeResponse,
  type RuleInfo,
  type SiteStatus,
} from './messages';
import type { PanelHub } from './panel-hub';
import { loadSettings, updateSettings } from './settings';

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
 * Quiet this long after its last message, the host loads compromise's tagger (once; if a draft needed it
 * first, this only runs it on a word). A check that arrives during the load waits a few hundred ms, once
 * per worker. Loading it at once on waking made the common first check (one that needs no tags) wait for
 * it; waiting for a pause in the messages lets that check go first and usually fits the load into the
 * user's next burst of typing.
 */
export const TAGGER_IDLE_MS = 200;

type Answer = AnalyzeResponse | SiteStatus | RuleInfo[] | { ok: boolean } | { error: string };

/**
 * The background's side of the messaging: one analyzer (and so one parse cache) for every composer, the
 * user's settings applied to each analysis. Malformed messages are refused, never thrown at the sender.
 */
export function createEngineHost(load = loadSettings, update = updateSettings, panel?: PanelHooks) {
  const analyzer = createAnalyzer();
  let warm = false;
  let taggerReady = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  /** Loads the tagger once the messages pause (most checks never need it; the first that does would wait). */
  const prepareWhenIdle = () => {
    if (taggerReady) return;
    clearTimeout(idle);
    idle = setTimeout(() => {
      taggerReady = true;
      prepareTagger();
    }, TAGGER_IDLE_MS);
  };
  const warmUp = () => {
    prepareWhenIdle();
    if (warm) return;
    warm = true;
    analyzer.analyze('Warming up: how are you all doing today?');
  };
  return async function handle(message: unknown, sender: Sender = {}): Promise<Answer> {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { error: 'Rapport could not read that message.' };
    const request = parsed.data;
    const tabId = sender.tab?.id;
    switch (request.type) {
      // First, before any await: the user gesture expires at the first one.
      case 'open-panel':
        return { ok: panel?.open(sender) ?? false };
      case 'warm-up':
        warmUp();
        return { ok: true };
      case 'analyze': {
        warmUp(); // runs every rule once first, so the JIT warm-up is not paid on the user's draft
        const settings = await load();
        const platform = request.platform && isPlatformId(request.platform) ? request.platform : undefined;
        const analysis = analyzer.analyze(request.text, {
          platform,
          disabledRules: settings.disabledRules,
          ignoredKeys: settings.ignoredKeys,
        });
        const payload = toPayload(analysis);
        if (tabId !== undefined) panel?.hub.recordAnalysis(tabId, request, payload);
        return { composerId: request.composerId, revision: request.revision, analysis: payload };
      }
      case 'composer-focus':
        if (tabId !== undefined) panel?.hub.focus(tabId, request.composerId, { hostname: request.hostname, platform: request.platform });
        return { ok: true };
      case 'composer-gone':
        if (tabId !== undefined) panel?.hub.gone(tabId, request.composerId);
        return { ok: true };
      case 'enable-rule':
        await update((s) => ({ ...s, disabledRules: s.disabledRules.filter((id) => id !== request.ruleId) }));
        return { ok: true };
      case 'unignore-finding':
        await update((s) => ({ ...s, ignoredKeys: s.ignoredKeys.filter((key) => key !== request.key) }));
        return { ok: true };
      case 'set-site-enabled': {
        const host = request.hostname.toLowerCase();
        await update((s) => {
          const others = s.disabledSites.filter((h) => h !== host);
          return { ...s, disabledSites: request.enabled ? others : [...others, host] };
        });
        return { ok: true };
      }
      case 'rule-catalog':
        return RULES.map((rule) => ({ id: rule.meta.id, principle: rule.meta.principle, summary: rule.meta.docs.summary }));
      case 'ignore-finding':
        await update((s) => ({ ...s, ignoredKeys: [...new Set([...s.ignoredKeys, request.key])] }));
        return { ok: true };
      case 'site-status': {
        const settings = await load();
        const enabled = !settings.disabledSites.includes(request.hostname);
        return settings.mastodonInstances.includes(request.hostname) ? { enabled, platform: 'mastodon' } : { enabled };
      }
      case 'set-mastodon-instances':
        await update((s) => ({ ...s, mastodonInstances: [...new Set(request.hosts)] }));
        return { ok: true };
      case 'disable-rule':
        await update((s) => ({ ...s, disabledRules: [...new Set([...s.disabledRules, request.ruleId])] }));
        return { ok: true };
    }
  };
}

export function toPayload(analysis: Analysis): AnalysisPayload {
  return {
    findings: analysis.findings,
    score: analysis.score,
    signals: analysis.signals,
    language: analysis.language,
    notes: analysis.notes,
    principles: analysis.principles.map((p) => {
      const { title, why, source } = PRINCIPLES[p.id];
      return { ...p, title, why, source };
    }),
  };
}
