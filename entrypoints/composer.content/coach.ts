import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor, editableRoot, editorKind, isOptedOut } from '@/platforms/editors/detect';
import { matchesComposer } from '@/platforms/sites';
import type { PlatformId } from '@/platforms/types';
import type { ContentCommand, PanelSyncReply, SiteStatus } from '@/utils/messages';
import { SETTINGS_KEY } from '@/utils/storage-keys';
import { setAppearance } from './appearance';
import { ComposerSession } from './composer-session';
import { sendQuietly, type Send } from './send';
import { createWaker } from './wake';

/**
 * Watches for the user focusing a composer and coaches it. Nothing runs until a composer gets focus; after
 * that one observer notices composers leaving the page (single-page apps remove them without a reload).
 */
export function startCoach(ctx: ContentScriptContext, platform: PlatformId, send: Send): void {
  const sessions = new Map<HTMLElement, ComposerSession>();
  let enabled = true;
  let observer: MutationObserver | undefined;
  /** The composer the user worked in last: the one the side panel shows. */
  let active: ComposerSession | undefined;
  const waker = createWaker(send);
  const quietly = (request: Parameters<Send>[0]) => sendQuietly(send, request);

  const detach = (root: HTMLElement, session: ComposerSession) => {
    session.destroy();
    sessions.delete(root);
    if (active === session) active = undefined;
    quietly({ type: 'composer-gone', composerId: session.id });
  };

  const detachGone = () => {
    for (const [root, session] of sessions) if (!root.isConnected) detach(root, session);
  };

  const attach = (target: Node | null) => {
    if (!enabled) return;
    const root = editableRoot(target);
    if (!root || isOptedOut(root)) return;
    let session = sessions.get(root);
    if (!session) {
      if (!isComposer(platform, root)) return;
      session = new ComposerSession(root, adapterFor(root), platform, ctx, send, waker.ensureAwake);
      sessions.set(root, session);
    }
    const focused = session;
    waker.ensureAwake(() => focused.text());
    if (active !== session) {
      active = session;
      quietly({ type: 'composer-focus', composerId: session.id, platform, hostname: location.hostname });
    }
    if (!observer) {
      observer = new MutationObserver(detachGone);
      observer.observe(document.body, { childList: true, subtree: true });
    }
  };

  const detachAll = () => {
    for (const [root, session] of sessions) detach(root, session);
  };

  ctx.addEventListener(document, 'focusin', (e) => attach((e as FocusEvent).composedPath()[0] as Node), { capture: true });

  // The side panel, through the background: which composers live here, and actions on their findings.
  const answer = (command: ContentCommand | undefined): Promise<unknown> | undefined => {
    if (command?.type === 'panel-sync') {
      const ids = [...sessions.values()].map((s) => s.id);
      if (active && !command.known?.includes(active.id)) void active.check();
      const reply: PanelSyncReply = { hostname: location.hostname, platform, composers: ids, active: active?.id };
      return Promise.resolve(reply);
    }
    if (command?.type === 'session-action') {
      const session = [...sessions.values()].find((s) => s.id === command.composerId);
      if (!session) return Promise.resolve({ outcome: 'missing' });
      return session.perform(command.action, command.key, command.start).then((outcome) => ({ outcome }));
    }
    return undefined;
  };
  // This script talks to the browser's own API, without the polyfill (build/native-api-in-content-scripts.ts): an
  // answer goes back through `sendResponse`, and `true` keeps the channel open until it does.
  const onCommand = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const reply = answer(message as ContentCommand | undefined);
    if (!reply) return false;
    void reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(onCommand);

  // The site switch lives in the background's settings; ask again whenever they change. This is also the
  // one path by which an ignored finding or a turned-off rule (from the card, the panel or the options
  // page) reaches the drafts on screen: one new check each, the engine doing the ignoring.
  const refresh = async () => {
    try {
      const status = (await send({ type: 'site-status', hostname: location.hostname })) as SiteStatus;
      enabled = status.enabled !== false;
      setAppearance(status.appearance);
    } catch {
      return;
    }
    if (!enabled) return detachAll();
    // Rules turned back on (or off) elsewhere apply to the drafts on screen at once.
    for (const session of sessions.values()) session.recheck();
    attach(document.activeElement);
  };
  void refresh();
  // Only the settings: other stored things (and the settings' version mark) are no reason to check again.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void refresh();
  };
  browser.storage.onChanged.addListener(onStorage);

  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onCommand);
    observer?.disconnect();
    detachAll();
    waker.close();
  });
}

/**
 * A post composer by the site's markup, or by its editor: the rich editors (Draft.js, Lexical, ProseMirror,
 * Quill) are only used for writing posts on these sites, so they are coached even after a markup change.
 * Plain textareas and contenteditables (search boxes, chat fields) need the site's composer markup.
 */
function isComposer(platform: PlatformId, root: HTMLElement): boolean {
  const kind = editorKind(root);
  return (kind !== 'textarea' && kind !== 'contenteditable') || matchesComposer(platform, root);
}
