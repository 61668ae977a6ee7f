/**
 * What the benchmark installs in the pages and in the extension's service worker. Both are plain script
 * text, not functions: tsx compiles this repository with esbuild's keepNames, whose `__name` helper does not
 * exist in a page, so a serialized function would fail there.
 *
 * The page probe runs in the PAGE's world (never the extension's isolated world) and is installed the same
 * way with and without the extension, so its own small cost falls on both sides of every comparison.
 */

/** One badge transition to data-state=ready, in the page's performance.now() time. */
export interface ReadyRecord {
  t: number;
  /** The badge's data-text-length at that moment: the length of the text that check saw. */
  len: number;
}

/** An Event Timing entry for a keyboard or input event: [name, processingEnd - processingStart, duration]. */
export type EventEntry = [name: string, processing: number, duration: number];

export interface SettleOptions {
  /** With the extension: wait for the badge to be ready for the text now in the editor. */
  expectReady: boolean;
  /** Give up waiting for the badge after this long (the sample is then counted as timed out). */
  timeoutMs: number;
  /** Without the extension: how long to leave the page idle instead. */
  idleMs: number;
  /** After the badge (or the idle time), two frames and this long, so rendering lands inside the window. */
  tailMs: number;
}

export interface Settled {
  /** performance.now() of the last keydown the page saw. */
  lastKey: number;
  /** performance.now() when the badge turned ready for this text; null when not awaited or timed out. */
  readyAt: number | null;
  /** The editor model's text length when typing ended. */
  len: number;
  /** The page's performance.timeOrigin (epoch ms), to line page times up with the service worker's. */
  origin: number;
}

export interface PageProbe {
  lastKey: number;
  keys: number;
  ready: ReadyRecord[];
  events: EventEntry[];
  settle(options: SettleOptions): Promise<Settled>;
  takeEvents(): EventEntry[];
}

declare global {
  interface Window {
    __rbx?: PageProbe;
  }
}

export const PAGE_PROBE = String.raw`(() => {
  if (window.__rbx) return;
  const r = { lastKey: 0, keys: 0, ready: [], events: [], waiters: [], badge: null };
  window.__rbx = r;
  addEventListener('keydown', () => { r.lastKey = performance.now(); r.keys++; }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (/^(keydown|keypress|keyup|beforeinput|input)$/.test(e.name)) r.events.push([e.name, e.processingEnd - e.processingStart, e.duration]);
      }
    }).observe({ type: 'event', buffered: false, durationThreshold: 0 });
  } catch (error) {}
  const watch = (badge) => {
    new MutationObserver(() => {
      if (badge.dataset.state !== 'ready') return;
      const rec = { t: performance.now(), len: Number(badge.dataset.textLength) };
      r.ready.push(rec);
      for (const w of r.waiters.slice()) w(rec);
    }).observe(badge, { attributes: true, attributeFilter: ['data-state'] });
  };
  const find = () => {
    const badge = document.querySelector('rapport-badge');
    if (badge && badge !== r.badge) { r.badge = badge; watch(badge); }
  };
  // An init script can run before the document has its root element; the badge comes long after load.
  const start = () => { new MutationObserver(find).observe(document.documentElement, { childList: true }); find(); };
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start, { once: true });
  const frame = (fn) => {
    let done = false;
    const go = () => { if (!done) { done = true; fn(); } };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  };
  r.takeEvents = () => r.events.splice(0);
  r.settle = (o) => new Promise((resolve) => {
    const lastKey = r.lastKey;
    const len = window.__replica ? window.__replica.getModelText().length : -1;
    const finish = (readyAt) => frame(() => frame(() => setTimeout(() => resolve({ lastKey, readyAt, len, origin: performance.timeOrigin }), o.tailMs)));
    if (!o.expectReady) { setTimeout(() => finish(null), o.idleMs); return; }
    const hit = r.ready.find((x) => x.len === len && x.t >= lastKey);
    if (hit) { finish(hit.t); return; }
    const waiter = (rec) => {
      if (rec.len !== len || rec.t < lastKey) return;
      clearTimeout(timer);
      r.waiters = r.waiters.filter((w) => w !== waiter);
      finish(rec.t);
    };
    const timer = setTimeout(() => { r.waiters = r.waiters.filter((w) => w !== waiter); finish(null); }, o.timeoutMs);
    r.waiters.push(waiter);
  });
})();`;

/** An analyze request as the background received it: epoch ms (timeOrigin + now) and the text's length. */
export interface Arrival {
  at: number;
  len: number;
}

/**
 * Added to the service worker while it is awake: one more runtime.onMessage listener that notes when each
 * analyze request arrives. It never answers, so the engine's own listener still does.
 */
export const WORKER_PROBE = String.raw`(() => {
  if (self.__rbxArrivals) return true;
  self.__rbxArrivals = [];
  chrome.runtime.onMessage.addListener((m) => {
    if (m && m.type === 'analyze' && typeof m.text === 'string') self.__rbxArrivals.push({ at: performance.timeOrigin + performance.now(), len: m.text.length });
  });
  return true;
})()`;

export const TAKE_ARRIVALS = String.raw`(self.__rbxArrivals || []).splice(0)`;
