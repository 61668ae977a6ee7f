/** @jsxImportSource react */
/**
 * X (Twitter) desktop home-timeline composer: a real Draft.js editor under React 18.
 *
 * Shape (control-panel-for-twitter's selectors; research notes A.1): the contenteditable itself carries
 * `data-testid="tweetTextarea_0"` (Draft's `webDriverTestID` prop, which X sets), inside `.DraftEditor-root`
 * inside the `tweetTextarea_0RichTextInputContainer` wrapper. The `toolBar` with the Post button
 * (`tweetButtonInline`) is a sibling subtree, not an ancestor of the editor.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from 'draft-js';
import draftCss from 'draft-js/dist/Draft.css?inline';
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(draftCss);
addStyles(`
  body { background: #fff; }
  [data-testid="primaryColumn"] { border: 1px solid #eff3f4; background: #fff; }
  .tweet-box { display: flex; gap: 12px; padding: 12px 16px; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #1d9bf0; flex: none; }
  .tweet-box-main { flex: 1; min-width: 0; }
  [data-testid="tweetTextarea_0RichTextInputContainer"] { font-size: 20px; padding: 12px 0; min-height: 28px; }
  .public-DraftEditorPlaceholder-root { color: #536471; }
  [data-testid="toolBar"] { display: flex; align-items: center; justify-content: space-between;
    border-top: 1px solid #eff3f4; padding-top: 8px; }
  .toolbar-icons { display: flex; gap: 8px; color: #1d9bf0; }
  [data-testid="tweetButtonInline"] { background: #0f1419; color: #fff; border: 0; border-radius: 999px;
    padding: 8px 16px; font-weight: 700; font-size: 15px; }
  [data-testid="tweetButtonInline"][aria-disabled="true"] { opacity: 0.5; }
`);

let latest = EditorState.createEmpty();

function HomeTweetBox() {
  const [editorState, setEditorState] = useState(() => latest);
  const editorRef = useRef<Editor>(null);
  latest = editorState;
  const empty = !editorState.getCurrentContent().hasText();
  // Posting empties the box, as X does once the post is sent; Ctrl/Cmd+Enter posts too.
  const post = () => {
    if (empty) return;
    latest = EditorState.createEmpty();
    setEditorState(latest);
  };
  return (
    <main role="main">
      <div data-testid="primaryColumn">
        <div className="tweet-box">
          <div className="avatar" aria-hidden="true" />
          <div className="tweet-box-main">
            <div data-testid="tweetTextarea_0RichTextInputContainer">
              <Editor
                ref={editorRef}
                editorState={editorState}
                onChange={(next) => {
                  latest = next;
                  setEditorState(next);
                }}
                placeholder="What is happening?!"
                keyBindingFn={(event) =>
                  event.key === 'Enter' && KeyBindingUtil.hasCommandModifier(event) ? 'post' : getDefaultKeyBinding(event)
                }
                handleKeyCommand={(command) => {
                  if (command !== 'post') return 'not-handled';
                  post();
                  return 'handled';
                }}
                ariaLabel="Post text"
                ariaMultiline
                webDriverTestID="tweetTextarea_0"
                spellCheck
                stripPastedStyles
              />
            </div>
            <div data-testid="toolBar">
              <div className="toolbar-icons" role="tablist">
                <button type="button" aria-label="Add photos or video" data-testid="fileInput">▣</button>
                <button type="button" aria-label="Add emoji">☺</button>
              </div>
              <button
                type="button"
                data-testid="tweetButtonInline"
                aria-disabled={empty ? 'true' : undefined}
                disabled={empty}
                onClick={post}
              >
                Post
              </button>
            </div>
          </div>
        </div>
      </div>
    </main>
  );
}

createRoot(appRoot()).render(<HomeTweetBox />);

exposeReplica({
  platform: 'x',
  editor: 'draft',
  editorSelector: '[data-testid="tweetTextarea_0"]',
  lineSeparator: '\n',
  getModelText: () => latest.getCurrentContent().getPlainText(),
});
