/**
 * Drives the BUILT extension (.output/chrome-mv3) in Debian's Chromium through playwright-core, with each
 * platform's composer replica (tests/e2e/replicas/) served at the site's real URL, so the manifest's
 * `matches` and every hostname check in the content script see what they would see on the real site.
 *
 * Nothing leaves the machine, and the tests can prove the extension sent nothing:
 * - every http(s) request from a page, a frame or the extension's service worker goes through
 *   `context.route`: replica pages and scripts are answered from disk, everything else is RECORDED in
 *   `browser.leaks` and aborted;
 * - WebSockets are recorded and closed the same way (`context.routeWebSocket`);
 * - underneath, Chromium's proxy is a local sink that refuses every connection, so even traffic that
 *   Playwright cannot intercept never reaches the network; what it sees is kept in `browser.proxyTraffic`,
 *   and counted as a leak unless it is Chromium's own housekeeping (see `isBrowserHousekeeping`).
 *
 * Needs `wxt build` and `tsx tests/e2e/build-replicas.ts` first (`npm run test:e2e` does both).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { chromiumPath } from '../../scripts/lib/chromium-path';
import type { ReplicaHandle } from './replicas/shared';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const REPLICA_DIR = join(here, '.replicas');
export const SCREENSHOT_DIR = join(here, 'screenshots');

/** Where replica scripts are served, on the replica's own origin (a path no real site uses). */
const ASSET_PREFIX = '/__rapport_replica__/';

export type ReplicaName =
  | 'x'
  | 'linkedin'
  | 'facebook'
  | 'threads'
  | 'instagram'
  | 'bluesky'
  | 'mastodon'
  | 'reddit'
  | 'old-reddit'
  | 'youtube';

export interface ReplicaSite {
  /** The platform id in platforms/ (old and new Reddit are both `reddit`). */
  platform: string;
  title: string;
  /** The URL the replica is opened at by default: a real page of the site with that composer. */
  url: string;
  /** Other real URLs that serve the same replica (Threads has two domains). */
  alsoAt?: string[];
}

export const REPLICAS: Record<ReplicaName, ReplicaSite> = {
  x: { platform: 'x', title: 'Home / X', url: 'https://x.com/home' },
  linkedin: { platform: 'linkedin', title: 'Feed | LinkedIn', url: 'https://www.linkedin.com/feed/' },
  facebook: { platform: 'facebook', title: 'Facebook', url: 'https://www.facebook.com/' },
  threads: {
    platform: 'threads',
    title: 'Threads',
    url: 'https://www.threads.com/',
    alsoAt: ['https://www.threads.net/'],
  },
  instagram: { platform: 'instagram', title: 'Instagram', url: 'https://www.instagram.com/p/abc/' },
  bluesky: { platform: 'bluesky', title: 'Home — Bluesky', url: 'https://bsky.app/' },
  mastodon: { platform: 'mastodon', title: 'Mastodon', url: 'https://mastodon.social/home' },
  reddit: { platform: 'reddit', title: 'Submit to r/test', url: 'https://www.reddit.com/r/test/submit' },
  'old-reddit': {
    platform: 'reddit',
    title: 'A test post : test',
    url: 'https://old.reddit.com/r/test/comments/x/',
  },
  youtube: { platform: 'youtube', title: 'A replica video - YouTube', url: 'https://www.youtube.com/watch?v=abc' },
};

export const REPLICA_NAMES = Object.keys(REPLICAS) as ReplicaName[];

export interface Leak {
  /** Who asked: a page (or frame), the extension's service worker, or something below Playwright. */
  source: 'page' | 'service-worker' | 'websocket' | 'proxy';
  url: string;
  method?: string;
  resourceType?: string;
  /** The page (frame) or worker URL the request came from, where known. */
  from?: string;
}

export interface E2EBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The welcome pages the extension opened on install (each profile is a fresh install), already closed. */
  welcomeUrls: string[];
  /** Requests that would have left the machine (all answered locally with an abort). */
  leaks: Leak[];
  /** Everything Chromium tried to send through the sink proxy, housekeeping included. */
  proxyTraffic: Leak[];
  /** Opens a new tab on the replica, waits for its editor model, returns the page. */
  openReplica(name: ReplicaName, options?: { url?: string }): Promise<Page>;
  /** Forgets the leaks seen so far (for per-test assertions in a shared browser). */
  resetLeaks(): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults to .output/chrome-mv3; `null` launches without the extension (to compare). */
  extensionDir?: string | null;
  /** Defaults to true; set RAPPORT_E2E_HEADED=1 to watch (needs a display). */
  headless?: boolean;
}

/**
 * Chromium's own background services (component and extension update checks, Google account lookups) and
 * the speculative preconnects it opens to the host of a page being loaded. They reach only the sink proxy
 * and carry no page or extension data; requests from pages and the extension are caught by the routes.
 */
function isBrowserHousekeeping(hit: Leak, replicaHosts: Set<string>): boolean {
  const host = hit.url.replace(/^[a-z]+:\/\//, '').replace(/[:/].*$/, '');
  if (/(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(host)) return true;
  // A CONNECT to a replica's host is a preconnect: the real request to that host goes through the routes.
  return hit.method === 'CONNECT' && replicaHosts.has(host);
}

async function startSinkProxy(traffic: Leak[]): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    traffic.push({ source: 'proxy', url: req.url ?? '', method: req.method });
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    traffic.push({ source: 'proxy', url: `https://${req.url ?? ''}`, method: 'CONNECT' });
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('sink proxy has no port');
  return { server, port: address.port };
}

function readShell(name: ReplicaName): string {
  const file = join(REPLICA_DIR, 'shell.html');
  if (!existsSync(file)) throw new Error(`no replica build in ${REPLICA_DIR}: run tsx tests/e2e/build-replicas.ts`);
  return readFileSync(file, 'utf8').replaceAll('%NAME%', name).replaceAll('%TITLE%', REPLICAS[name].title);
}

function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search}`;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<E2EBrowser> {
  const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${extensionDir}: run wxt build`);
  }
  const headless = options.headless ?? process.env.RAPPORT_E2E_HEADED !== '1';

  const leaks: Leak[] = [];
  const proxyTraffic: Leak[] = [];
  const { server: proxy, port } = await startSinkProxy(proxyTraffic);

  /** Page URL (origin + path + query) -> replica served there. */
  const pages = new Map<string, ReplicaName>();
  const replicaOrigins = new Set<string>();
  for (const name of REPLICA_NAMES) {
    for (const url of [REPLICAS[name].url, ...(REPLICAS[name].alsoAt ?? [])]) {
      pages.set(pageKey(url), name);
      replicaOrigins.add(new URL(url).origin);
    }
  }

  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);

  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless,
    // Playwright passes --disable-extensions by default, which would drop ours.
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args,
    proxy: { server: `http://127.0.0.1:${port}` },
    viewport: { width: 1100, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });

  const handle = async (route: Route): Promise<void> => {
    const request = route.request();
    const url = request.url();
    if (!/^https?:/.test(url)) return route.continue();
    const parsed = new URL(url);
    if (replicaOrigins.has(parsed.origin)) {
      if (parsed.pathname.startsWith(ASSET_PREFIX)) {
        const file = join(REPLICA_DIR, parsed.pathname.slice(ASSET_PREFIX.length));
        if (file.startsWith(REPLICA_DIR) && existsSync(file)) {
          return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
        }
      }
      const name = pages.get(pageKey(url));
      if (name && request.resourceType() === 'document') {
        return route.fulfill({ body: readShell(name), contentType: 'text/html; charset=utf-8' });
      }
      // The browser's own favicon fetch: answered locally, not a leak.
      if (parsed.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    }
    const worker = request.serviceWorker();
    leaks.push({
      source: worker ? 'service-worker' : 'page',
      url,
      method: request.method(),
      resourceType: request.resourceType(),
      from: worker ? worker.url() : frameUrl(request),
    });
    return route.abort('blockedbyclient');
  };
  await context.route('**/*', handle);
  await context.routeWebSocket(/.*/, (ws) => {
    leaks.push({ source: 'websocket', url: ws.url() });
    void ws.close({ code: 1008, reason: 'e2e: no network' });
  });

  let serviceWorker: Worker | undefined;
  let extensionId = '';
  const welcomeUrls: string[] = [];
  if (extensionDir) {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    extensionId = new URL(serviceWorker.url()).host;
    welcomeUrls.push(...(await closeWelcomePages(context)));
  }

  const replicaHosts = new Set([...replicaOrigins].map((o) => new URL(o).host));
  const browser: E2EBrowser = {
    context,
    extensionId,
    welcomeUrls,
    get serviceWorker(): Worker {
      if (!serviceWorker) throw new Error('launched without the extension');
      return serviceWorker;
    },
    get leaks(): Leak[] {
      return [...leaks, ...proxyTraffic.filter((hit) => !isBrowserHousekeeping(hit, replicaHosts))];
    },
    proxyTraffic,
    async openReplica(name, opts = {}) {
      const url = opts.url ?? REPLICAS[name].url;
      const key = pageKey(url);
      if (!pages.has(key)) {
        pages.set(key, name);
        replicaOrigins.add(new URL(url).origin);
        replicaHosts.add(new URL(url).host);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url, { waitUntil: 'load' });
      try {
        await page.waitForFunction(() => Boolean(window.__replica), null, { timeout: 15_000 });
      } catch (error) {
        throw new Error(`replica ${name} did not start at ${url}; page errors: ${errors.join(' | ') || 'none'}`, {
          cause: error,
        });
      }
      return page;
    },
    resetLeaks() {
      leaks.length = 0;
      proxyTraffic.length = 0;
    },
    async close() {
      await context.close();
      await new Promise<void>((done) => proxy.close(() => done()));
    },
  };
  return browser;
}

/**
 * Waits for the welcome tab a fresh install opens and closes it: left open it could come to the front after
 * a test's own page, and a page in the background gets no animation frames (the overlay waits on them).
 */
async function closeWelcomePages(context: BrowserContext): Promise<string[]> {
  const isWelcome = (page: Page) => /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(page.url());
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !context.pages().some(isWelcome)) await new Promise((r) => setTimeout(r, 100));
  const welcome = context.pages().filter(isWelcome);
  const urls = welcome.map((page) => page.url());
  await Promise.all(welcome.map((page) => page.close()));
  return urls;
}

function frameUrl(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined; // service-worker and navigation requests may have no frame yet
  }
}

/** The replica's description (platform, editor kind, selectors). */
export async function replicaInfo(page: Page): Promise<Omit<ReplicaHandle, 'getModelText'>> {
  return page.evaluate(() => {
    const { getModelText: _ignored, ...info } = window.__replica!;
    return info;
  });
}

/** The text in the editor's own model (Draft state, Lexical root, ProseMirror doc, Quill, React state). */
export async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__replica!.getModelText());
}

/** The page's editable element, mounting it first where the site does so lazily (YouTube). */
export async function focusEditor(page: Page): Promise<void> {
  const info = await replicaInfo(page);
  if (info.activateSelector && (await page.locator(info.editorSelector).count()) === 0) {
    await page.click(info.activateSelector);
  }
  await page.click(info.editorSelector);
}

/**
 * Types like a person: one key at a time with a pause, Enter for '\n'. Characters not on a US keyboard
 * (emoji, accented letters) arrive as IME-style text insertion, as they do from an emoji picker.
 */
export async function typeSlowly(page: Page, text: string, options: { delay?: number } = {}): Promise<void> {
  const delay = options.delay ?? 15;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter', { delay });
    if (line) await page.keyboard.type(line, { delay });
  }
}

/** `text` with its '\n' line breaks spelled the way `page`'s editor model spells them. */
export async function inModelNewlines(page: Page, text: string): Promise<string> {
  const { lineSeparator } = await replicaInfo(page);
  return text.replaceAll('\n', lineSeparator);
}

/** Presses Ctrl+Z (Ctrl+Shift+Z for redo) with the editor focused. */
export async function undo(page: Page): Promise<void> {
  await page.keyboard.press('Control+z');
}

export async function redo(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+z');
}

/**
 * Opens the side panel's page as a tab (`sidepanel.html?tabId=`, because `sidePanel.open()` cannot be
 * scripted), pinned to the tab of `composer`, at the width of a side panel.
 */
export async function openPanelFor(browser: E2EBrowser, composer: Page, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await panel.goto(extensionUrl('options.html'));
  // The composer's tab id, asked from an extension page (tab URLs need no permission there).
  await composer.bringToFront();
  const tabId = await panel.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  });
  if (tabId < 0) throw new Error('the composer tab has no id');
  await panel.goto(extensionUrl(`sidepanel.html?tabId=${tabId}`));
  return panel;
}
