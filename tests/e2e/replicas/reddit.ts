/**
 * New Reddit ("shreddit") post submit page: a `<shreddit-composer>` custom element whose LIGHT-DOM child is
 * a Lexical contenteditable (rich-text mode, a paragraph per line), as Harper's `getShredditComposerRoot`
 * and its "reddit-lexical-editor" fixture expect (research notes A.1). The title is a separate plain
 * textarea, as on the site, so a content script has to pick the body, not the first editable it sees.
 */
import { addStyles, appRoot, exposeReplica } from './shared';
import { mountLexical, type LexicalReplica } from './lexical';

addStyles(`
  body { background: #fff; color: #1c1c1c; }
  shreddit-composer, faceplate-textarea-input { display: block; }
  .rd-title textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: 16px; border: 1px solid #ccc;
    border-radius: 20px; padding: 12px 16px; resize: none; }
  shreddit-composer { border: 1px solid #ccc; border-radius: 20px; margin-top: 16px; overflow: hidden; }
  .rd-toolbar { background: #f6f7f8; padding: 6px 12px; font-size: 12px; color: #576f76; }
  .rd-body { padding: 12px 16px; min-height: 120px; }
  .rd-actions { display: flex; justify-content: flex-end; gap: 8px; padding: 8px; }
  .rd-actions button { border-radius: 999px; border: 0; padding: 8px 16px; font-weight: 600; }
  .rd-actions button[slot="submit-button"] { background: #0a449b; color: #fff; }
  .rd-body p { margin: 0; }
`);

let replica: LexicalReplica | undefined;

/** Reddit builds these with Lit; only what a content script can observe is kept: the tag and light DOM. */
class ShredditComposer extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('[data-lexical-editor]')) return;
    const toolbar = document.createElement('div');
    toolbar.className = 'rd-toolbar';
    toolbar.textContent = 'B  i  S  <>  •  1.  "  Switch to Markdown';
    const body = document.createElement('div');
    body.className = 'rd-body';
    body.slot = 'rte';
    const actions = document.createElement('div');
    actions.className = 'rd-actions';
    actions.innerHTML = '<button type="button">Save Draft</button><button type="submit" slot="submit-button">Post</button>';
    this.append(toolbar, body, actions);
    replica = mountLexical(body, {
      namespace: 'shreddit-composer',
      mode: 'rich',
      placeholder: 'Body text (optional)',
      attributes: {
        role: 'textbox',
        name: 'body',
        'aria-label': 'Post body text field',
        'aria-placeholder': 'Body text (optional)',
      },
    });
  }
}
customElements.define('shreddit-composer', ShredditComposer);

// The site posts through its own request, not the form, and empties the form afterwards.
document.addEventListener('submit', (event) => {
  event.preventDefault();
  replica?.clear();
  document.querySelector<HTMLTextAreaElement>('.rd-title textarea')!.value = '';
});
customElements.define('faceplate-textarea-input', class extends HTMLElement {});

appRoot().innerHTML = `
  <h1 style="font-size:24px">Create post</h1>
  <div style="color:#576f76;margin-bottom:12px">r/test</div>
  <form id="post-submit-form" method="POST" action="/r/test/submit">
    <faceplate-textarea-input name="title" class="rd-title">
      <textarea name="title" aria-label="Title" placeholder="Title*" rows="1" maxlength="300"></textarea>
    </faceplate-textarea-input>
    <shreddit-composer name="body" mode="richText" id="post-composer_bodytext"></shreddit-composer>
  </form>`;

exposeReplica({
  platform: 'reddit',
  editor: 'lexical',
  editorSelector: 'shreddit-composer div[role="textbox"][contenteditable="true"]',
  lineSeparator: '\n\n',
  getModelText: () => replica?.getModelText() ?? '',
});
