/**
 * Facebook's "Create post" dialog: Lexical, found by `div[role="textbox"][contenteditable="true"]
 * [data-lexical-editor="true"]` (research notes A.1). Class names on the site are obfuscated atomic CSS, and
 * aria labels are localized, so a content script must not rely on either; the replica keeps a few of each
 * so that a selector that does will at least be visible in review. Rich-text mode (a paragraph per line) is
 * our reading of the site's DOM, not verified against its source.
 */
import { addStyles, appRoot, exposeReplica } from './shared';
import { mountLexical } from './lexical';

addStyles(`
  body { background: #f0f2f5; color: #050505; }
  [role="dialog"] { background: #fff; border-radius: 8px; box-shadow: 0 12px 28px rgba(0,0,0,.2); width: 500px; margin: 40px auto; }
  .fb-header { text-align: center; font-weight: 700; font-size: 20px; padding: 16px; border-bottom: 1px solid #e4e6eb; }
  .fb-author { display: flex; gap: 8px; align-items: center; padding: 16px 16px 0; font-weight: 600; }
  .fb-avatar { width: 40px; height: 40px; border-radius: 50%; background: #1877f2; }
  .fb-editor { padding: 16px; font-size: 24px; min-height: 120px; }
  .fb-post { display: block; margin: 0 16px 16px; background: #1877f2; color: #fff; text-align: center;
    border-radius: 6px; padding: 8px; font-weight: 600; cursor: pointer; }
  .fb-post[aria-disabled="true"] { background: #e4e6eb; color: #bcc0c4; }
  p.xdj266r { margin: 0; }
`);

const app = appRoot();
app.innerHTML = `
  <div role="dialog" aria-label="Create post">
    <form method="POST">
      <div class="fb-header"><h2 style="margin:0;font-size:20px">Create post</h2></div>
      <div class="fb-author"><div class="fb-avatar"></div><span>Alex Doe</span></div>
      <div class="fb-editor x1ed109x x1iyjqo2"></div>
      <div class="fb-post" role="button" tabindex="0" aria-label="Post" aria-disabled="true">Post</div>
    </form>
  </div>`;

const post = app.querySelector<HTMLElement>('.fb-post')!;
const replica = mountLexical(app.querySelector<HTMLElement>('.fb-editor')!, {
  namespace: 'facebook-composer',
  mode: 'rich',
  placeholder: "What's on your mind, Alex?",
  paragraphClass: 'xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8',
  attributes: {
    role: 'textbox',
    'aria-label': "What's on your mind, Alex?",
    'aria-placeholder': "What's on your mind, Alex?",
    'aria-describedby': 'placeholder-fb',
    class: 'xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x9f619 notranslate',
  },
});
replica.editor.registerTextContentListener((text) => {
  post.setAttribute('aria-disabled', text.trim() === '' ? 'true' : 'false');
});
// A div[role=button]: clickable while aria-disabled, ignored by the site then; a post empties the editor.
post.addEventListener('click', () => {
  if (post.getAttribute('aria-disabled') !== 'true') replica.clear();
});

exposeReplica({
  platform: 'facebook',
  editor: 'lexical',
  editorSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  lineSeparator: '\n\n',
  getModelText: replica.getModelText,
});
