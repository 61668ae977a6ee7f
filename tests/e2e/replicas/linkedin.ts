/**
 * LinkedIn's "Start a post" share box: a real Quill editor (`quill/core`: the blots plus the keyboard,
 * history and clipboard modules, no toolbar theme) in `.share-creation-state__text-editor`, with the
 * contenteditable `.ql-editor` carrying the placeholder and aria label the site uses (research notes A.1).
 * LinkedIn is reported to be moving some composers off Quill; this replica is the Quill one.
 */
import Quill from 'quill/core';
import quillCss from 'quill/dist/quill.core.css?inline';
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(quillCss);
addStyles(`
  body { background: #f4f2ee; color: rgba(0,0,0,.9); }
  [role="dialog"].share-box-modal { background: #fff; border-radius: 8px; width: 560px; margin: 40px auto;
    box-shadow: 0 4px 12px rgba(0,0,0,.15); }
  .share-box-modal header { display: flex; gap: 8px; align-items: center; padding: 16px 24px; font-weight: 600; }
  .li-avatar { width: 56px; height: 56px; border-radius: 50%; background: #0a66c2; }
  .share-creation-state__text-editor { padding: 0 24px; min-height: 160px; }
  .share-creation-state__text-editor .ql-editor { font-size: 18px; padding: 8px 0; min-height: 140px; }
  .share-creation-state__text-editor .ql-editor.ql-blank::before { left: 0; font-style: normal; color: rgba(0,0,0,.6); }
  .share-box_actions { display: flex; justify-content: flex-end; border-top: 1px solid #e8e8e8; padding: 12px 24px; }
  .share-actions__primary-action { background: #0a66c2; color: #fff; border: 0; border-radius: 999px; padding: 6px 16px; font-weight: 600; }
  .share-actions__primary-action:disabled { background: #e8e8e8; color: rgba(0,0,0,.3); }
`);

appRoot().innerHTML = `
  <div role="dialog" class="share-box-modal artdeco-modal" aria-labelledby="share-to-linkedin-modal__header">
    <header><div class="li-avatar"></div><h2 id="share-to-linkedin-modal__header" style="font-size:20px;margin:0">Alex Doe</h2></header>
    <div class="share-creation-state__text-editor">
      <div class="editor-container"><div class="editor-content"></div></div>
    </div>
    <div class="share-box_actions">
      <button type="button" class="share-actions__primary-action artdeco-button" disabled>Post</button>
    </div>
  </div>`;

const quill = new Quill(document.querySelector<HTMLElement>('.editor-content')!, {
  placeholder: 'What do you want to talk about?',
  modules: { history: { delay: 1000, maxStack: 100, userOnly: true } },
});
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
quill.root.setAttribute('aria-label', 'Text editor for creating content');
quill.root.setAttribute('aria-placeholder', 'What do you want to talk about?');

const post = document.querySelector<HTMLButtonElement>('.share-actions__primary-action')!;
/** Quill's document always ends with one newline of its own; it is not part of what the user wrote. */
const modelText = () => quill.getText().replace(/\n$/, '');
quill.on('text-change', () => {
  post.disabled = modelText().trim() === '';
});
// Posting empties the editor (the site closes the share box too).
post.addEventListener('click', () => quill.setText(''));

exposeReplica({
  platform: 'linkedin',
  editor: 'quill',
  editorSelector: '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
  lineSeparator: '\n',
  getModelText: modelText,
});
