/**
 * YouTube's comment box on a watch page: Polymer custom elements with a PLAIN contenteditable and no editor
 * framework (research notes A.1). The real editor does not exist until `#placeholder-area` is clicked: then
 * `ytd-commentbox` mounts, with `#contenteditable-root[contenteditable="true"]` inside
 * `yt-formatted-string#contenteditable-textarea`. The site reads the DOM when the comment is sent, so the
 * DOM's text (`innerText`) is the model.
 */
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(`
  body { background: #fff; color: #0f0f0f; font-family: Roboto, Arial, sans-serif; }
  ytd-app, ytd-watch-flexy, ytd-comments, ytd-item-section-renderer, ytd-comments-header-renderer,
  ytd-comment-simplebox-renderer, ytd-commentbox, yt-formatted-string, ytd-button-renderer, yt-img-shadow { display: block; }
  .yt-player { width: 640px; height: 200px; background: #000; }
  ytd-comments { width: 640px; margin-top: 16px; }
  #simple-box { display: flex; gap: 16px; }
  #author-thumbnail { width: 40px; height: 40px; border-radius: 50%; background: #c00; flex: none; }
  #placeholder-area { flex: 1; border-bottom: 1px solid #ccc; color: #606060; padding-bottom: 4px; cursor: text; }
  ytd-commentbox { flex: 1; }
  #contenteditable-root { outline: none; border-bottom: 2px solid #0f0f0f; padding-bottom: 4px; min-height: 21px; white-space: pre-wrap; }
  #contenteditable-root:empty::before { content: attr(aria-label); color: #606060; }
  #buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
  #buttons button { border: 0; border-radius: 18px; padding: 8px 16px; font-weight: 500; }
  #submit-button button { background: #065fd4; color: #fff; }
  #submit-button button:disabled { background: #f2f2f2; color: #909090; }
`);

for (const tag of [
  'ytd-app', 'ytd-watch-flexy', 'ytd-comments', 'ytd-item-section-renderer', 'ytd-comments-header-renderer',
  'ytd-comment-simplebox-renderer', 'ytd-commentbox', 'yt-formatted-string', 'ytd-button-renderer', 'yt-img-shadow',
]) {
  customElements.define(tag, class extends HTMLElement {});
}

appRoot().innerHTML = `
  <ytd-app>
    <ytd-watch-flexy>
      <div class="yt-player" id="movie_player"></div>
      <h1 style="font-size:20px">A replica video</h1>
      <ytd-comments id="comments">
        <ytd-item-section-renderer id="sections">
          <div id="header">
            <ytd-comments-header-renderer>
              <h2 id="count">0 Comments</h2>
              <ytd-comment-simplebox-renderer id="simple-box">
                <yt-img-shadow id="author-thumbnail"></yt-img-shadow>
                <div id="placeholder-area" tabindex="0">
                  <yt-formatted-string id="simplebox-placeholder">Add a comment...</yt-formatted-string>
                </div>
              </ytd-comment-simplebox-renderer>
            </ytd-comments-header-renderer>
          </div>
          <div id="contents"></div>
        </ytd-item-section-renderer>
      </ytd-comments>
    </ytd-watch-flexy>
  </ytd-app>`;

let editable: HTMLElement | undefined;

function mountCommentBox(placeholderArea: HTMLElement): void {
  const box = document.createElement('ytd-commentbox');
  box.id = 'commentbox';
  box.className = 'style-scope ytd-comment-simplebox-renderer';
  box.innerHTML = `
    <div id="main">
      <yt-formatted-string id="contenteditable-textarea" class="style-scope ytd-commentbox">
        <div id="contenteditable-root" contenteditable="true" class="style-scope yt-formatted-string"
          aria-label="Add a comment..." role="textbox" spellcheck="true" dir="auto"></div>
      </yt-formatted-string>
      <div id="buttons">
        <ytd-button-renderer id="cancel-button"><button type="button" aria-label="Cancel">Cancel</button></ytd-button-renderer>
        <ytd-button-renderer id="submit-button"><button type="button" aria-label="Comment" disabled>Comment</button></ytd-button-renderer>
      </div>
    </div>`;
  placeholderArea.replaceWith(box);
  editable = box.querySelector<HTMLElement>('#contenteditable-root')!;
  const submit = box.querySelector<HTMLButtonElement>('#submit-button button')!;
  editable.addEventListener('input', () => {
    submit.disabled = modelText().trim() === '';
  });
  // A comment sent empties the box and switches the button off again.
  submit.addEventListener('click', () => {
    editable!.textContent = '';
    submit.disabled = true;
  });
  editable.focus();
}

/** innerText keeps the line breaks the user typed (Chrome wraps new lines in <div>s or <br>s). */
function modelText(): string {
  return editable ? editable.innerText.replace(/\n$/, '') : '';
}

document.getElementById('placeholder-area')!.addEventListener('click', (event) => {
  mountCommentBox(event.currentTarget as HTMLElement);
});

exposeReplica({
  platform: 'youtube',
  editor: 'contenteditable',
  editorSelector: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  activateSelector: '#placeholder-area',
  lineSeparator: '\n',
  getModelText: modelText,
});
