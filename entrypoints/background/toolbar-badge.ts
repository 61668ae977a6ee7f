import { browser } from 'wxt/browser';
import type { Severity } from '@/rules/engine/types';
import type { PanelHooks } from './engine-host';

/** The part of `browser.action` the badge uses: per-tab text and colour. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/**
 * The badge's colour by the worst finding in the draft, the in-page card's colours (components/shared/
 * theme.css, light), each with the white badge text at 4.5:1 or more.
 */
export const BADGE_COLOURS: Record<Severity, string> = {
  error: '#b91c1c',
  warning: '#b45309',
  suggestion: '#1d4ed8',
};

const RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/** A count as the badge shows it: nothing for none (a clean draft needs no number), 99+ past two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export function worstSeverity(severities: readonly Severity[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const s of severities) if (!worst || RANK[s] > RANK[worst]) worst = s;
  return worst;
}

interface Shown {
  revision: number;
  severities: Severity[];
  /** Order of arrival, to pick the latest composer when none has focus. */
  seq: number;
}

interface TabBadge {
  composers: Map<string, Shown>;
  active?: string;
}

/**
 * The toolbar button's badge: the number of findings in the tab's active composer (the one focused last,
 * else the one checked last), coloured by the worst of them. Per tab; it goes blank when that composer
 * leaves the page and when the tab navigates or closes. Fed by the engine host's analyses, focus and
 * gone messages, which already say which tab and composer they are about.
 */
export function createToolbarBadge(action: BadgeAction) {
  const tabs = new Map<number, TabBadge>();
  let seq = 0;

  const activeOf = (tab: TabBadge): Shown | undefined => {
    const focused = tab.active ? tab.composers.get(tab.active) : undefined;
    if (focused) return focused;
    let latest: Shown | undefined;
    for (const c of tab.composers.values()) if (!latest || c.seq > latest.seq) latest = c;
    return latest;
  };

  /** What the badge shows last, per tab, so a repeated count is not sent to the browser again. */
  const drawn = new Map<number, string>();

  const draw = (tabId: number) => {
    const tab = tabs.get(tabId);
    const shown = tab ? activeOf(tab) : undefined;
    const text = badgeText(shown?.severities.length ?? 0);
    const worst = shown ? worstSeverity(shown.severities) : undefined;
    const key = `${text}|${worst ?? ''}`;
    if (drawn.get(tabId) === key) return;
    drawn.set(tabId, key);
    // A tab that closed meanwhile rejects: nothing to draw on.
    void Promise.resolve(action.setBadgeText({ tabId, text })).catch(() => undefined);
    if (worst) void Promise.resolve(action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst] })).catch(() => undefined);
  };

  const tab = (tabId: number): TabBadge => {
    let record = tabs.get(tabId);
    if (!record) {
      record = { composers: new Map() };
      tabs.set(tabId, record);
    }
    return record;
  };

  return {
    /** A composer's analysis; one for an older revision than the badge shows is dropped. */
    analysed(tabId: number, composerId: string, revision: number, severities: Severity[]): void {
      const record = tab(tabId);
      const previous = record.composers.get(composerId);
      if (previous && previous.revision > revision) return;
      record.composers.set(composerId, { revision, severities, seq: ++seq });
      draw(tabId);
    },
    focused(tabId: number, composerId: string): void {
      tab(tabId).active = composerId;
      draw(tabId);
    },
    gone(tabId: number, composerId: string): void {
      const record = tabs.get(tabId);
      if (!record) return;
      record.composers.delete(composerId);
      if (record.active === composerId) record.active = undefined;
      draw(tabId);
    },
    /** The tab navigated: its composers went with the page. */
    navigated(tabId: number): void {
      tabs.delete(tabId);
      draw(tabId);
    },
    closed(tabId: number): void {
      tabs.delete(tabId);
      drawn.delete(tabId);
    },
  };
}

export type ToolbarBadge = ReturnType<typeof createToolbarBadge>;

/**
 * The panel hooks the engine host calls, with the badge told too: the host stays as it is, and the badge
 * learns of each analysis, focus and departure from the same calls as the side panel's hub.
 */
export function alsoOnBadge(hub: PanelHooks['hub'], badge: ToolbarBadge): PanelHooks['hub'] {
  return {
    recordAnalysis(tabId, request, analysis) {
      hub.recordAnalysis(tabId, request, analysis);
      badge.analysed(tabId, request.composerId, request.revision, analysis.findings.map((f) => f.severity));
    },
    focus(tabId, composerId, site) {
      hub.focus(tabId, composerId, site);
      badge.focused(tabId, composerId);
    },
    gone(tabId, composerId) {
      hub.gone(tabId, composerId);
      badge.gone(tabId, composerId);
    },
  };
}

/** Clears a tab's badge when it starts loading another page, and forgets it when it closes. */
export function wireToolbarBadge(badge: ToolbarBadge): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') badge.navigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => badge.closed(tabId));
}
