/**
 * Threads' "New thread" composer: Lexical, `div[role="textbox"][contenteditable="true"]
 * [data-lexical-editor="true"]` with `aria-placeholder="What's new?"` (research notes A.1). The replica runs
 * Lexical in PLAIN-text mode (Enter makes a `<br>` line break inside one paragraph, the model uses '\n'), so
 * that the e2e suite covers both Lexical modes; which mode Threads really uses is not verified.
 */
import { addStyles, appRoot, exposeReplica } from './shared';
import { mountLexical } from './lexical';

addStyles(`
  body { background: #fafafa; color: #000; }
  [role="dialog"] { background: #fff; border-radius: 16px; border: 1px solid #ddd; width: 620px; margin: 40px auto; padding: 16px 24px; }
  .th-title { text-align: center; font-weight: 700; padding-bottom: 12px; border-bottom: 1px solid #eee; }
  .th-row { display: flex; gap: 12px; padding-top: 16px; }
  .th-avatar { width: 36px; height: 36px; border-radius: 50%; background: #333; flex: none; }
  .th-editor { flex: 1; font-size: 15px; min-height: 22px; }
  .th-footer { display: flex; justify-content: flex-end; margin-top: 16px; }
  .th-post { border: 1px solid #ccc; border-radius: 10px; padding: 6px 16px; font-weight: 600; cursor: pointer; }
  .th-post[aria-disabled="true"] { opacity: .4; }
  p.xdj266r { margin: 0; }
`);

const app = appRoot();
app.innerHTML = `
  <div role="dialog" aria-label="New thread">
    <div class="th-title">New thread</div>
    <div class="th-row">
      <div class="th-avatar"></div>
      <div style="flex:1">
        <div style="font-weight:600">alexdoe</div>
        <div class="th-editor"></div>
      </div>
    </div>
    <div class="th-footer"><div class="th-post" role="button" tabindex="0" aria-disabled="true">Post</div></div>
  </div>`;

const post = app.querySelector<HTMLElement>('.th-post')!;
const replica = mountLexical(app.querySelector<HTMLElement>('.th-editor')!, {
  namespace: 'threads-composer',
  mode: 'plain',
  placeholder: "What's new?",
  paragraphClass: 'xdj266r x14z9mp xat24cr x1lziwak',
  attributes: {
    role: 'textbox',
    'aria-label': 'Empty text field. Type to compose a new post.',
    'aria-placeholder': "What's new?",
    class: 'xzsf02u xw2csxc x1odjw0f x1n2onr6 notranslate',
  },
});
replica.editor.registerTextContentListener((text) => {
  post.setAttribute('aria-disabled', text.trim() === '' ? 'true' : 'false');
});
// Ignored while aria-disabled; a post empties the editor.
post.addEventListener('click', () => {
  if (post.getAttribute('aria-disabled') !== 'true') replica.clear();
});

exposeReplica({
  platform: 'threads',
  editor: 'lexical',
  editorSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  lineSeparator: '\n',
  getModelText: replica.getModelText,
});
