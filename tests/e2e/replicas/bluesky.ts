/**
 * Bluesky's post composer: a real TipTap (ProseMirror) editor with the extensions social-app's
 * `TextInput.web.tsx` uses (Document, Paragraph, Text, HardBreak, history, Placeholder; the Mention
 * extension with its suggestion popup is left out). `.ProseMirror.ProseMirror-light`, `role="textbox"`,
 * `aria-label="Rich-Text Editor"` (research notes A.1). Enter makes a new paragraph; the model text joins
 * paragraphs with '\n', as Bluesky's own `editorJsonToText` does.
 */
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import HardBreak from '@tiptap/extension-hard-break';
import { Placeholder, UndoRedo } from '@tiptap/extensions';
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(`
  body { background: #fff; color: #0b0f14; }
  [role="dialog"] { border: 1px solid #d4dbe2; border-radius: 12px; width: 600px; margin: 40px auto; padding: 12px 16px; }
  .bs-top { display: flex; justify-content: space-between; align-items: center; padding-bottom: 12px; }
  .bs-top button { border: 0; background: none; color: #1083fe; font-size: 16px; }
  [data-testid="composerPublishBtn"] { background: #1083fe !important; color: #fff !important; border-radius: 999px; padding: 6px 16px; font-weight: 600; }
  [data-testid="composerPublishBtn"][aria-disabled="true"] { opacity: .5; }
  .bs-row { display: flex; gap: 12px; }
  .bs-avatar { width: 42px; height: 42px; border-radius: 50%; background: #1083fe; flex: none; }
  .bs-input { flex: 1; font-size: 18px; }
  .ProseMirror { outline: none; min-height: 120px; white-space: pre-wrap; }
  .ProseMirror p { margin: 0; }
  .ProseMirror p.is-editor-empty:first-child::before { content: attr(data-placeholder); color: #6f869f;
    float: left; height: 0; pointer-events: none; }
`);

appRoot().innerHTML = `
  <div role="dialog" aria-label="Compose new post">
    <div class="bs-top">
      <button type="button" data-testid="composerDiscardButton">Cancel</button>
      <button type="button" data-testid="composerPublishBtn" aria-label="Publish post" aria-disabled="true">Post</button>
    </div>
    <div class="bs-row">
      <div class="bs-avatar"></div>
      <div class="bs-input" data-testid="composerTextInput"></div>
    </div>
  </div>`;

const editor = new Editor({
  element: document.querySelector<HTMLElement>('.bs-input')!,
  extensions: [
    Document,
    Paragraph,
    Text,
    HardBreak,
    UndoRedo,
    Placeholder.configure({ placeholder: "What's up?" }),
  ],
  editorProps: {
    attributes: { class: 'ProseMirror-light', role: 'textbox', 'aria-label': 'Rich-Text Editor' },
    // Ctrl/Cmd+Enter publishes, as in social-app's composer.
    handleKeyDown: (_view, event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return false;
      publishPost();
      return true;
    },
  },
  autofocus: false,
});

const publish = document.querySelector<HTMLElement>('[data-testid="composerPublishBtn"]')!;
const modelText = () => editor.getText({ blockSeparator: '\n' });
editor.on('update', () => {
  publish.setAttribute('aria-disabled', modelText().trim() === '' ? 'true' : 'false');
});
/** The button stays clickable while aria-disabled; the site ignores it then, and empties the editor on a post. */
function publishPost(): void {
  if (publish.getAttribute('aria-disabled') !== 'true') editor.commands.clearContent(true);
}
publish.addEventListener('click', publishPost);

exposeReplica({
  platform: 'bluesky',
  editor: 'prosemirror',
  editorSelector: '.ProseMirror[contenteditable="true"]',
  lineSeparator: '\n',
  getModelText: modelText,
});
