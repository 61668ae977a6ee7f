import { isPlatformId, type PlatformId } from '@/platforms/types';
import { channelReport } from '@/rules/engine/channel';
import { biggestGain, strengthsOf } from '@/rules/engine/strengths';
import {
  PanelClientMessageSchema,
  type ActOutcome,
  type AnalysisPayload,
  type ComposerState,
  type ContentCommand,
  type PanelAct,
  type PanelServerMessage,
  type PanelState,
  type PanelSyncReply,
  type SiteInfo,
} from '@/utils/messages';

/**
 * The background's memory of what each tab's composers last showed, and the side panels watching them.
 *
 * The content script asks the background to analyse each draft; the background keeps the latest answer
 * per composer (by revision: a late answer for older text never replaces a newer one) and pushes it to the
 * panels that watch that tab. State lives in memory only: when the service worker restarts, a panel's port
 * drops, the panel reconnects, and the hub asks the tab's content script to report again (`panel-sync`),
 * which is cheaper and fresher than persisting drafts.
 */
export interface PanelLink {
  post(message: PanelServerMessage): void;
}

export interface HubDeps {
  /** `tabs.sendMessage`: rejects when no content script listens in the tab. */
  sendToTab(tabId: number, command: ContentCommand): Promise<unknown>;
}

interface ComposerRecord {
  composerId: string;
  revision: number;
  platform?: PlatformId;
  text: string;
  analysis: AnalysisPayload;
  /** Order of arrival, to pick the latest composer when none has focus. */
  seq: number;
  /** The panel's view of this record, made once per revision whatever the number of panels. */
  view?: ComposerState;
}

interface TabRecord {
  site: SiteInfo | null;
  composers: Map<string, ComposerRecord>;
  /** The composer that had focus last. */
  active?: string;
}

interface Watcher {
  link: PanelLink;
  tabId?: number;
  windowId?: number;
}

export type PanelHub = ReturnType<typeof createPanelHub>;

export function createPanelHub(deps: HubDeps) {
  const tabs = new Map<number, TabRecord>();
  const watchers = new Set<Watcher>();
  let seq = 0;

  const tab = (tabId: number): TabRecord => {
    let record = tabs.get(tabId);
    if (!record) {
      record = { site: null, composers: new Map() };
      tabs.set(tabId, record);
    }
    return record;
  };

  const activeRecord = (record: TabRecord | undefined): ComposerRecord | undefined => {
    if (!record) return undefined;
    const focused = record.active ? record.composers.get(record.active) : undefined;
    if (focused) return focused;
    let latest: ComposerRecord | undefined;
    for (const c of record.composers.values()) if (!latest || c.seq > latest.seq) latest = c;
    return latest;
  };

  const viewOf = (c: ComposerRecord): ComposerState => {
    c.view ??= {
      composerId: c.composerId,
      revision: c.revision,
      platform: c.platform,
      analysis: c.analysis,
      channel: c.platform ? channelReport(c.text, c.platform, c.analysis.findings) : undefined,
      strengths: strengthsOf(c.analysis, c.text),
      biggestGain: biggestGain(c.analysis.principles)?.id,
    };
    return c.view;
  };

  const stateOf = (tabId: number): PanelState => {
    const record = tabs.get(tabId);
    const active = activeRecord(record);
    return { type: 'state', tabId, site: record?.site ?? null, composer: active ? viewOf(active) : null };
  };

  const watching = (tabId: number) => [...watchers].filter((w) => w.tabId === tabId);

  const push = (tabId: number) => {
    const audience = watching(tabId);
    if (audience.length === 0) return;
    const state = stateOf(tabId);
    for (const w of audience) w.link.post(state);
  };

  /** Asks the tab's content script which composers live there; forgets the rest, then pushes. */
  const sync = async (tabId: number) => {
    const record = tab(tabId);
    let reply: PanelSyncReply | undefined;
    try {
      reply = (await deps.sendToTab(tabId, { type: 'panel-sync', known: [...record.composers.keys()] })) as PanelSyncReply;
    } catch {
      reply = undefined;
    }
    if (!reply || typeof reply.hostname !== 'string' || !isPlatformId(String(reply.platform)) || !Array.isArray(reply.composers)) {
      tabs.delete(tabId);
      return push(tabId);
    }
    record.site = { hostname: reply.hostname, platform: reply.platform };
    const alive = new Set(reply.composers);
    for (const id of record.composers.keys()) if (!alive.has(id)) record.composers.delete(id);
    if (reply.active && alive.has(reply.active)) record.active = reply.active;
    // The content script is checking the active composer again (this worker restarted and forgot it):
    // its analysis will be pushed when it arrives, and until then the panel keeps what it shows.
    if (reply.active && !record.composers.has(reply.active)) return;
    push(tabId);
  };

  const act = async (watcher: Watcher, message: PanelAct) => {
    let outcome: ActOutcome = 'missing';
    try {
      const reply = (await deps.sendToTab(message.tabId, {
        type: 'session-action',
        composerId: message.composerId,
        action: message.action,
        key: message.key,
        start: message.start,
      })) as { outcome?: ActOutcome } | undefined;
      if (reply?.outcome) outcome = reply.outcome;
    } catch {
      outcome = 'missing';
    }
    watcher.link.post({ type: 'act-result', id: message.id, outcome });
  };

  return {
    /** An analysis the background just made for a composer in a tab. */
    recordAnalysis(tabId: number, request: { composerId: string; revision: number; platform?: PlatformId; text: string }, analysis: AnalysisPayload): void {
      const record = tab(tabId);
      const previous = record.composers.get(request.composerId);
      if (previous && previous.revision > request.revision) return;
      record.composers.set(request.composerId, {
        composerId: request.composerId,
        revision: request.revision,
        platform: request.platform ?? previous?.platform,
        text: request.text,
        analysis,
        seq: ++seq,
      });
      if (activeRecord(record)?.composerId === request.composerId) push(tabId);
    },

    focus(tabId: number, composerId: string, site: SiteInfo): void {
      const record = tab(tabId);
      record.site = site;
      if (record.active === composerId) return;
      record.active = composerId;
      // Until the newly focused composer's first analysis arrives, the panel keeps what it shows.
      if (record.composers.has(composerId)) push(tabId);
    },

    gone(tabId: number, composerId: string): void {
      const record = tabs.get(tabId);
      if (!record?.composers.delete(composerId) && record?.active !== composerId) return;
      if (record.active === composerId) record.active = undefined;
      push(tabId);
    },

    tabClosed(tabId: number): void {
      tabs.delete(tabId);
    },

    /** A tab finished loading (a navigation, a reload): ask again what lives there, if a panel watches. */
    tabLoaded(tabId: number): void {
      if (watching(tabId).length > 0) void sync(tabId);
    },

    /** A panel connected: returns what to call with its messages and when it goes away. */
    connect(link: PanelLink) {
      const watcher: Watcher = { link };
      watchers.add(watcher);
      return {
        receive(raw: unknown): void {
          const parsed = PanelClientMessageSchema.safeParse(raw);
          if (!parsed.success) return;
          const message = parsed.data;
          if (message.type === 'watch') {
            watcher.tabId = message.tabId;
            watcher.windowId = message.windowId;
            if (tabs.has(message.tabId)) link.post(stateOf(message.tabId));
            void sync(message.tabId);
          } else {
            void act(watcher, message);
          }
        },
        disconnect(): void {
          watchers.delete(watcher);
        },
      };
    },

    /** The panel open in a window, if any (the keyboard shortcut closes it instead of opening another). */
    panelInWindow(windowId: number): PanelLink | undefined {
      for (const w of watchers) if (w.windowId === windowId) return w.link;
      return undefined;
    },

    /** For tests and debugging: the state a panel watching `tabId` would get. */
    stateOf,
  };
}
