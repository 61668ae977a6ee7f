/** @jsxImportSource react */
/**
 * Instagram's comment box on a post page: a React-controlled `<textarea aria-label="Add a comment…">` (note
 * the Unicode ellipsis) in a `<form>`, with a "Post" `div[role=button]` (research notes A.1; observed by third
 * parties, not verified). Whether Enter posts the comment on the site is not known here; the replica keeps
 * the textarea's own behaviour (a newline) so tests can type multi-line text.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(`
  body { background: #fff; color: #000; }
  article { display: flex; border: 1px solid #dbdbdb; width: 640px; margin: 40px auto; }
  .ig-photo { width: 320px; height: 320px; background: linear-gradient(135deg, #feda75, #d62976, #4f5bd5); }
  .ig-side { flex: 1; display: flex; flex-direction: column; }
  .ig-head { padding: 14px 16px; border-bottom: 1px solid #efefef; font-weight: 600; }
  .ig-comments { flex: 1; padding: 16px; font-size: 14px; }
  section.ig-add { border-top: 1px solid #efefef; padding: 6px 16px; }
  section.ig-add form { display: flex; align-items: center; gap: 8px; }
  section.ig-add textarea { flex: 1; border: 0; resize: none; outline: none; font: inherit; font-size: 14px;
    height: 18px; max-height: 80px; }
  .ig-post { color: #0095f6; font-weight: 600; cursor: pointer; }
  .ig-post[aria-disabled="true"] { opacity: .3; }
`);

let latest = '';

function CommentForm() {
  const [text, setText] = useState('');
  latest = text;
  const empty = text.trim() === '';
  return (
    <article role="presentation">
      <div className="ig-photo" />
      <div className="ig-side">
        <div className="ig-head">alexdoe</div>
        <div className="ig-comments">
          <b>alexdoe</b> Sunday market haul.
        </div>
        <section className="ig-add">
          <form method="POST" onSubmit={(event) => event.preventDefault()}>
            <textarea
              aria-label="Add a comment…"
              placeholder="Add a comment…"
              autoComplete="off"
              autoCorrect="off"
              className="x1i0vuye xvbhtw8 x1ejq31n xd10rxx x1sy0etr x17r0tee x5n08af x78zum5 x1iyjqo2"
              value={text}
              onChange={(event) => {
                latest = event.target.value;
                setText(event.target.value);
              }}
            />
            <div
              role="button"
              tabIndex={0}
              className="ig-post"
              aria-disabled={empty ? 'true' : 'false'}
              onClick={() => {
                // Ignored while aria-disabled; a comment posted empties the box.
                if (empty) return;
                latest = '';
                setText('');
              }}
            >
              Post
            </div>
          </form>
        </section>
      </div>
    </article>
  );
}

createRoot(appRoot()).render(<CommentForm />);

exposeReplica({
  platform: 'instagram',
  editor: 'textarea',
  editorSelector: 'form textarea[aria-label="Add a comment…"]',
  lineSeparator: '\n',
  getModelText: () => latest,
});
