/** @jsxImportSource react */
/**
 * Mastodon's web compose form: a React-CONTROLLED textarea (`react-textarea-autosize`, as mastodon's
 * `autosuggest_textarea.jsx` uses), `textarea.autosuggest-textarea__textarea` with `aria-label` = the
 * placeholder, `dir="auto"` and `lang` (research notes A.1). The post text lives in React state: setting
 * `.value` without an input event leaves the form posting the old text, which is what tests must catch.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Textarea from 'react-textarea-autosize';
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(`
  body { background: #191b22; color: #fff; }
  .compose-form { background: #282c37; border-radius: 8px; padding: 16px; width: 400px; margin: 40px auto; }
  .compose-form__highlightable { background: #fff; color: #000; border-radius: 4px; }
  .autosuggest-textarea__textarea { display: block; width: 100%; box-sizing: border-box; border: 0; resize: none;
    padding: 12px; font: inherit; font-size: 15px; background: transparent; outline: none; min-height: 100px; }
  .compose-form__footer { display: flex; justify-content: space-between; align-items: center; margin-top: 12px; }
  .character-counter { color: #9baec8; }
  .compose-form .button { background: #6364ff; color: #fff; border: 0; border-radius: 4px; padding: 8px 16px; font-weight: 500; }
`);

const LIMIT = 500;
let latest = '';

function ComposeForm() {
  const [text, setText] = useState('');
  latest = text;
  const length = Array.from(text).length;
  return (
    <form className="compose-form" onSubmit={(event) => event.preventDefault()}>
      <div className="compose-form__highlightable">
        <div className="autosuggest-textarea">
          <label>
            <span style={{ display: 'none' }}>What's on your mind?</span>
            <Textarea
              className="autosuggest-textarea__textarea"
              value={text}
              onChange={(event) => {
                latest = event.target.value;
                setText(event.target.value);
              }}
              placeholder="What's on your mind?"
              aria-label="What's on your mind?"
              dir="auto"
              lang="en"
              minRows={3}
            />
          </label>
        </div>
      </div>
      <div className="compose-form__footer">
        <span className="character-counter">{LIMIT - length}</span>
        {/* Mastodon 4.3 wraps its Post button in .compose-form__submit, which platforms/mastodon.ts looks for. */}
        <div className="compose-form__submit">
          <button type="submit" className="button" disabled={text.trim() === '' || length > LIMIT}>
            Post
          </button>
        </div>
      </div>
    </form>
  );
}

createRoot(appRoot()).render(<ComposeForm />);

exposeReplica({
  platform: 'mastodon',
  editor: 'textarea',
  editorSelector: 'textarea.autosuggest-textarea__textarea',
  lineSeparator: '\n',
  getModelText: () => latest,
});
