// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { belongsTo, isDisabled, isReplyBox, SEND_CHECK_MS, SEND_WAIT_MS, watchPublishing } from '../../../entrypoints/composer.content/publish-watcher';
import type { SiteInfo } from '../../../platforms/types';
import { PLATFORMS } from '../../../platforms';
import type { Request } from '../../../utils/messages';

const site: SiteInfo = { hosts: ['example.com'], composers: ['.editor'], submit: ['.post'], submitShortcut: true };
let stop = new AbortController();

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The watcher's next look at the composer, after the site had its say. */
const nextLook = () => vi.advanceTimersByTime(SEND_CHECK_MS);

/**
 * A composer like the sites': the editor and its post button in one box, the button clearing the editor
 * when it posts (in the bubble phase, as the sites' own handlers run).
 */
function composer(options: { site?: SiteInfo; button?: string; label?: string } = {}) {
  const box = document.createElement('div');
  box.innerHTML = `<div class="editor" contenteditable="true" aria-label="${options.label ?? 'Post text'}"></div>
    <div class="bar"><span class="icons"></span>${options.button ?? '<button class="post">Post</button>'}</div>`;
  document.body.append(box);
  const root = box.querySelector<HTMLElement>('.editor')!;
  // Absent from the light DOM when the test puts it in a shadow root.
  const button = box.querySelector<HTMLElement>('.post');
  button?.addEventListener('click', () => (root.textContent = ''));
  const sent: Request[] = [];
  const send = vi.fn(async (request: Request) => void sent.push(request));
  stop = new AbortController();
  watchPublishing(
    { composerId: 'c1', platform: 'x', root, site: options.site ?? site, read: () => root.textContent ?? '', send },
    stop.signal,
  );
  return { box, root, button: button!, sent };
}

const ctrlEnter = (target: HTMLElement, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, ...extra }));

describe('the publish watcher', () => {
  it('records a click on the post button with the draft as it was before the site emptied the editor', () => {
    const { root, button, sent } = composer();
    root.textContent = 'Shipping the new release today';
    button.click();
    expect(root.textContent).toBe('');
    expect(sent).toEqual([]);
    nextLook();
    expect(sent).toEqual([{ type: 'post-published', composerId: 'c1', platform: 'x', text: 'Shipping the new release today', reply: false }]);
  });

  it('records a click on something inside the button (its label, an icon)', () => {
    const { root, sent } = composer({ button: '<div class="post" role="button"><span class="label">Post</span></div>' });
    root.textContent = 'Hello there';
    document.querySelector<HTMLElement>('.label')!.click();
    root.textContent = '';
    nextLook();
    expect(sent).toHaveLength(1);
  });

  it('records a click on a post button inside a shadow root (custom-element sites)', () => {
    const { root, sent } = composer({ button: '<post-button></post-button>' });
    const shadow = document.querySelector('post-button')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button class="post"><span>Post</span></button>';
    root.textContent = 'From a web component';
    shadow.querySelector('span')!.click();
    root.textContent = '';
    nextLook();
    expect(sent).toHaveLength(1);
  });

  it('records one post for a double click, and for a click followed by the shortcut', () => {
    const { root, button, sent } = composer({ button: '<div class="post" role="button">Post</div>' });
    button.replaceWith(button.cloneNode(true)); // this site posts later, leaving the text in place meanwhile
    const post = document.querySelector<HTMLElement>('.post')!;
    root.textContent = 'Same words twice';
    post.click();
    post.click();
    ctrlEnter(root);
    vi.advanceTimersByTime(SEND_CHECK_MS * 4);
    root.textContent = '';
    nextLook();
    expect(sent).toHaveLength(1);
  });

  it('records nothing for a disabled button or one the site marks aria-disabled', () => {
    const disabled = composer({ button: '<button class="post" disabled>Post</button>' });
    disabled.root.textContent = 'Not yet';
    disabled.button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(disabled.sent).toEqual([]);

    const aria = composer({ button: '<div class="post" role="button" aria-disabled="true">Post</div>' });
    aria.root.textContent = 'Not yet either';
    aria.button.click();
    expect(aria.sent).toEqual([]);
  });

  it('records nothing for an empty or cleared draft', () => {
    const { root, button, sent } = composer();
    root.textContent = 'Second thoughts';
    root.textContent = '  \n ';
    button.click();
    expect(sent).toEqual([]);
  });

  it('records nothing for other buttons near the composer', () => {
    const { root, sent } = composer();
    root.textContent = 'Draft in progress';
    document.querySelector<HTMLElement>('.icons')!.click();
    expect(sent).toEqual([]);
  });

  it('records the shortcut in the composer where the platform has one, and only there', () => {
    const { root, sent } = composer();
    root.textContent = 'Posted from the keyboard';
    ctrlEnter(document.body);
    expect(sent).toEqual([]);
    ctrlEnter(root, { ctrlKey: false, metaKey: true });
    root.textContent = '';
    nextLook();
    expect(sent).toHaveLength(1);

    const quiet = composer({ site: { ...site, submitShortcut: false } });
    quiet.root.textContent = 'Ctrl+Enter does nothing here';
    ctrlEnter(quiet.root);
    expect(quiet.sent).toEqual([]);
  });

  it('records no shortcut while the composer\'s button is disabled, and plain Enter never', () => {
    const { root, button, sent } = composer();
    root.textContent = 'Over the limit';
    button.setAttribute('disabled', '');
    ctrlEnter(root);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(sent).toEqual([]);
  });

  it('records Enter on a focused role="button" post button, which gets no click from it', () => {
    const { root, sent } = composer({ button: '<div class="post" role="button" tabindex="0">Post</div>' });
    root.textContent = 'Keyboard user';
    document.querySelector('.post')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.textContent = '';
    nextLook();
    expect(sent).toHaveLength(1);
  });

  it('gives each post button to the composer it sits with', () => {
    const home = composer();
    const reply = composer({ label: 'Post your reply' });
    home.root.textContent = 'Home box draft';
    reply.root.textContent = 'Reply box draft';
    reply.button.click();
    nextLook();
    expect(home.sent).toEqual([]);
    expect(reply.sent).toEqual([expect.objectContaining({ text: 'Reply box draft', reply: true })]);
  });

  it('takes a click back when the site leaves the draft in place, and counts the click that goes', () => {
    const { root, button, sent } = composer({ button: '<button class="post">Post</button>' });
    button.replaceWith(button.cloneNode(true)); // this site refuses the post: the draft stays
    const post = document.querySelector<HTMLElement>('.post')!;
    root.textContent = 'Offline for a moment';
    post.click();
    vi.advanceTimersByTime(SEND_WAIT_MS);
    expect(sent).toEqual([]);
    post.click();
    vi.advanceTimersByTime(SEND_CHECK_MS * 3);
    root.textContent = '';
    nextLook();
    expect(sent).toEqual([expect.objectContaining({ text: 'Offline for a moment' })]);
  });

  it('takes a click back when the draft is written on before the site empties it', () => {
    const { root, button, sent } = composer();
    button.replaceWith(button.cloneNode(true));
    root.textContent = 'First try';
    document.querySelector<HTMLElement>('.post')!.click();
    root.textContent = 'First try, with a fix';
    vi.advanceTimersByTime(SEND_WAIT_MS);
    expect(sent).toEqual([]);
  });

  it('counts a click whose composer then closes, or whose page goes on to the new post', () => {
    const closing = composer();
    closing.button.replaceWith(closing.button.cloneNode(true));
    closing.root.textContent = 'Posted from a dialog';
    document.querySelector<HTMLElement>('.post')!.click();
    stop.abort(); // the dialog closed, and its session with it
    expect(closing.sent).toEqual([expect.objectContaining({ text: 'Posted from a dialog' })]);

    document.body.innerHTML = '';
    const leaving = composer();
    leaving.button.replaceWith(leaving.button.cloneNode(true));
    leaving.root.textContent = 'Posted, then on to the thread';
    document.querySelector<HTMLElement>('.post')!.click();
    window.dispatchEvent(new Event('pagehide'));
    expect(leaving.sent).toEqual([expect.objectContaining({ text: 'Posted, then on to the thread' })]);
    vi.advanceTimersByTime(SEND_WAIT_MS);
    expect(leaving.sent).toHaveLength(1);
  });

  it('stops listening when the session ends', () => {
    const { root, button, sent } = composer();
    stop.abort();
    root.textContent = 'After the composer left';
    button.click();
    expect(sent).toEqual([]);
  });
});

describe('which composer a button belongs to', () => {
  it('is the one in the nearest box that holds an editor', () => {
    document.body.innerHTML = `<div id="a"><textarea></textarea><div><button id="ba"></button></div></div>
      <div id="b"><div contenteditable="true"></div><button id="bb"></button></div>`;
    const [textarea, editable] = [document.querySelector('textarea')!, document.querySelector<HTMLElement>('[contenteditable]')!];
    expect(belongsTo(document.getElementById('ba')!, textarea)).toBe(true);
    expect(belongsTo(document.getElementById('ba')!, editable)).toBe(false);
    expect(belongsTo(document.getElementById('bb')!, editable)).toBe(true);
  });
});

describe('a disabled button', () => {
  it('is disabled by attribute, by aria-disabled, or by a disabled button inside its wrapper', () => {
    document.body.innerHTML = `<button id="a" disabled></button><div id="b" aria-disabled="true"></div>
      <div id="c"><button disabled></button></div><div id="d" aria-disabled="false"><button></button></div>`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(['a', 'b', 'c', 'd'].map((id) => isDisabled(byId(id)))).toEqual([true, true, true, false]);
  });
});

describe('a reply box', () => {
  it('is told by the site markup or by its label', () => {
    document.body.innerHTML = `<ytd-commentbox><div id="yt" contenteditable="true"></div></ytd-commentbox>
      <div id="fb" contenteditable="true" aria-label="What's on your mind?"></div>
      <div id="th" contenteditable="true" aria-placeholder="Reply to alexdoe..."></div>
      <textarea id="ig" aria-label="Add a comment…"></textarea>`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(isReplyBox(byId('yt'), PLATFORMS.youtube.site)).toBe(true);
    expect(isReplyBox(byId('fb'), PLATFORMS.facebook.site)).toBe(false);
    expect(isReplyBox(byId('th'), PLATFORMS.threads.site)).toBe(true);
    expect(isReplyBox(byId('ig'), PLATFORMS.instagram.site)).toBe(true);
  });
});
