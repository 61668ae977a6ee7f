import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor, editableRoot, editorKind, isOptedOut } from '@/platforms/editors/detect';
import { matchesComposer } from '@/platforms/sites';
import type { PlatformId } from '@/platforms/types';
import type { SiteStatus } from '@/utils/messages';
import { ComposerSession, type Send } from './session';

/**
 * Watches for the user focusing a composer and coaches it. Nothing runs until a composer gets focus; after
 * that one observer notices composers leaving the page (single-page apps remove them without a reload).
 */
export function startCoach(ctx: ContentScriptContext, platform: PlatformId, send: Send): void {
  const sessions = new Map<HTMLElement, ComposerSession>();
  let enabled = true;
  let observer: MutationObserver | undefined;

  const detachGone = () => {
    for (const [root, session] of sessions) {
      if (!root.isConnected) {
        session.destroy();
        sessions.delete(root);
      }
    }
  };

  const attach = (target: Node | null) => {
    if (!enabled) return;
    const root = editableRoot(target);
    if (!root || sessions.has(root) || isOptedOut(root) || !isComposer(platform, root)) return;
    sessions.set(root, new ComposerSession(root, adapterFor(root), platform, ctx, send));
    if (!observer) {
      observer = new MutationObserver(detachGone);
      observer.observe(document.body, { childList: true, subtree: true });
    }
  };

  const detachAll = () => {
    for (const session of sessions.values()) session.destroy();
    sessions.clear();
  };

  ctx.addEventListener(document, 'focusin', (e) => attach((e as FocusEvent).composedPath()[0] as Node), { capture: true });

  // The site switch lives in the background's settings; ask again whenever they change.
  const refresh = async () => {
    try {
      const status = (await send({ type: 'site-status', hostname: location.hostname })) as SiteStatus;
      enabled = status.enabled !== false;
    } catch {
      return;
    }
    if (enabled) attach(document.activeElement);
    else detachAll();
  };
  void refresh();
  const onStorage = () => void refresh();
  browser.storage.onChanged.addListener(onStorage);

  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    observer?.disconnect();
    detachAll();
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
