import type { PlatformId, SiteInfo } from '@/platforms/types';
import { sendQuietly, type Send } from './send';

/** What the watcher needs from its composer's session. */
export interface PublishTarget {
  composerId: string;
  platform: PlatformId;
  root: HTMLElement;
  site: SiteInfo;
  /** The draft's text now, read through the editor's adapter. */
  read(): string;
  send: Send;
}

/** Elements a person can type a post into: how the watcher tells which composer a button belongs to. */
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Words in a composer's label or placeholder that make it an answer to someone ("Post your reply", "Add a comment…"). */
const REPLY_WORDS = /\b(repl(y|ies)|comment|answer)/i;

/**
 * How long the site has, after the click, to show it sent the post by emptying or closing its composer.
 * Sites empty it when their server answers, within a second or two; a draft still there after this was
 * not sent (the site refused it, or the network failed), and is not counted.
 */
export const SEND_WAIT_MS = 15_000;
/** How often the composer is looked at meanwhile. */
export const SEND_CHECK_MS = 250;

/**
 * Tells the background when the user publishes the draft of one composer: a click on (or Enter or Space
 * on) the platform's post button, or Ctrl/Cmd+Enter in the composer where the platform posts on it. The
 * listeners sit on the window in the capture phase, so they read the draft before the site's own handler
 * posts it and empties the editor.
 *
 * A click is a post once the site shows it sent it: the composer empties, or closes (the session ends),
 * or the page goes away (the site moved on to the new post). A draft still in the composer after
 * SEND_WAIT_MS, or rewritten meanwhile, was not sent, and the next click counts afresh.
 *
 * What is not a post: a button the site has disabled (`disabled` or `aria-disabled="true"`) and an empty
 * draft (cleared, or never written). A draft left unpublished is never seen here at all. The same text
 * published again from this composer (a double click, a click and the shortcut) is one post; the background
 * also counts a text it already holds once.
 *
 * The text travels only so the background can analyse and hash it (see history-store.ts); it keeps the
 * text itself only when the user opted in.
 */
export function watchPublishing(target: PublishTarget, signal: AbortSignal): void {
  const { composerId, platform, root, site } = target;
  /** Read at once, while the composer is still empty: rich editors drop their placeholder once typed in. */
  const replyBox = isReplyBox(root, site);
  /** The text last recorded, or waiting to be, from this composer. */
  let published: string | undefined;
  /** A post clicked and not yet seen sent. */
  let pending: { text: string; reply: boolean; timer: ReturnType<typeof setInterval>; waited: number } | undefined;

  const record = () => {
    if (!pending) return;
    clearInterval(pending.timer);
    const { text, reply } = pending;
    pending = undefined;
    sendQuietly(target.send, { type: 'post-published', composerId, platform, text, reply });
  };

  const giveUp = () => {
    if (!pending) return;
    clearInterval(pending.timer);
    pending = undefined;
    published = undefined;
  };

  /** Whether the site sent the post: the composer emptied or left the page. Undefined while it may still. */
  const sent = (text: string, waited: number): boolean | undefined => {
    if (!root.isConnected) return true;
    const now = target.read();
    if (now.trim() === '') return true;
    if (now !== text) return false; // written on: the post did not go, and this is a new draft
    return waited >= SEND_WAIT_MS ? false : undefined;
  };

  /** Waits for the site to send the draft, unless it would not post it. `button` is absent for a shortcut with no button found. */
  const publish = (button: Element | undefined) => {
    if (button && isDisabled(button)) return;
    const text = target.read();
    if (text.trim() === '' || text === published) return;
    published = text;
    const reply = replyBox || isReplyBox(root, site);
    // A rewritten draft clicked before the check saw the first one fail: only the new one can go.
    if (pending) clearInterval(pending.timer);
    const timer = setInterval(() => {
      if (!pending) return;
      pending.waited += SEND_CHECK_MS;
      const outcome = sent(pending.text, pending.waited);
      if (outcome === true) record();
      else if (outcome === false) giveUp();
    }, SEND_CHECK_MS);
    pending = { text, reply, timer, waited: 0 };
  };

  // A composer that closes after the click, or a page that goes on to the new post, sent it.
  signal.addEventListener('abort', record);
  window.addEventListener('pagehide', record, { signal });

  /** The post button the event happened on, if it is this composer's. */
  const submitButtonAt = (event: Event): Element | undefined => {
    const button = submitIn(event.composedPath(), site);
    return button && belongsTo(button, root) ? button : undefined;
  };

  const options = { capture: true, signal };
  window.addEventListener(
    'click',
    (event) => {
      const button = submitButtonAt(event);
      if (button) publish(button);
    },
    options,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.repeat) return;
      // Enter or Space on a focused post button acts as a click; role="button" divs get no click for it.
      // Typed into an editor, they are text: the event's path is not searched on every space.
      const onButton = (event.key === 'Enter' || event.key === ' ') && !modified(event) && !typing(event);
      const button = onButton ? submitButtonAt(event) : undefined;
      if (button) return publish(button);
      if (!site.submitShortcut || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      if (!event.composedPath().includes(root)) return;
      // The site posts only if one of this composer's buttons is enabled; with none found, the key decides.
      const own = site.submit.flatMap((selector) => [...safeQueryAll(selector)]).filter((b) => belongsTo(b, root));
      publish(own.find((b) => !isDisabled(b)) ?? own[0]);
    },
    options,
  );
}

/** Whether the key went to something a person types into (an editor, a text field), not to a button. */
function typing(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  return origin instanceof HTMLElement && (origin.isContentEditable || origin instanceof HTMLTextAreaElement || origin instanceof HTMLInputElement);
}

function modified(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey || event.shiftKey;
}

/** The nearest post button on the event's path (which crosses shadow roots, where `closest` would stop). */
function submitIn(path: EventTarget[], site: SiteInfo): Element | undefined {
  for (const node of path) {
    if (node instanceof Element && site.submit.some((selector) => safeMatches(node, selector))) return node;
  }
  return undefined;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this browser cannot parse matches nothing
  }
}

function safeQueryAll(selector: string): NodeListOf<Element> | [] {
  try {
    return document.querySelectorAll(selector);
  } catch {
    return [];
  }
}

/**
 * Whether a post button publishes this composer: the nearest ancestor of the button that holds any
 * editable field must hold this composer. A page with a home box and an open reply box has a button for
 * each, and each sits nearer its own editor than the other's.
 */
export function belongsTo(button: Element, root: HTMLElement): boolean {
  for (let el = parentOf(button); el; el = parentOf(el)) {
    if (el.contains(root)) return true;
    if (el.querySelector(EDITABLE)) return false;
  }
  return false;
}

/** The parent element, or the host of the shadow root the element sits in. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
}

/** A button the site has switched off: `disabled` (itself or a disabled fieldset) or `aria-disabled="true"` on it or inside it. */
export function isDisabled(button: Element): boolean {
  if (button.matches(':disabled') || button.getAttribute('aria-disabled') === 'true') return true;
  // Sites wrap the real button (YouTube's renderer, X's inner div): a disabled one inside counts.
  return button.querySelector('button:disabled, [aria-disabled="true"]') !== null;
}

/** A reply or comment box: by the site's markup, or by what its label or placeholder says. */
export function isReplyBox(root: HTMLElement, site: SiteInfo): boolean {
  for (const selector of site.replies ?? []) {
    try {
      if (root.closest(selector)) return true;
    } catch {
      // A selector this browser cannot parse matches nothing.
    }
  }
  const labels = [root.getAttribute('aria-label'), root.getAttribute('aria-placeholder'), root.getAttribute('placeholder')];
  // ProseMirror's placeholder sits on its empty paragraph; Draft's is a sibling of the editor in its root.
  labels.push(root.querySelector('[data-placeholder]')?.getAttribute('data-placeholder') ?? null);
  labels.push(root.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent ?? null);
  return labels.some((label) => label !== null && REPLY_WORDS.test(label));
}
