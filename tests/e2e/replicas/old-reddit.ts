/**
 * Old Reddit's comment form: a plain server-rendered `<textarea name="text">` in `.usertext-edit`, driven by
 * jQuery on the site (RES's `commentTools.js` selectors; research notes A.1). There is no framework model:
 * the form posts the textarea's value, so `.value` IS the model here.
 */
import { addStyles, appRoot, exposeReplica } from './shared';

addStyles(`
  body { background: #fff; color: #222; font: 13px verdana, arial, helvetica, sans-serif; }
  .commentarea { width: 620px; margin: 24px auto; }
  .usertext-edit .md textarea { width: 500px; height: 100px; font: 13px verdana, sans-serif; padding: 3px; }
  .usertext-buttons button { margin-right: 4px; }
  .thing .entry { margin-top: 16px; }
`);

appRoot().innerHTML = `
  <div class="content" role="main">
    <div class="sitetable linklisting"><div class="thing link"><p class="title"><a class="title">A test post</a></p></div></div>
    <div class="commentarea">
      <div class="panestack-title"><span class="title">all 0 comments</span></div>
      <form action="#" class="usertext cloneable warn-on-unload" id="form-t3_x">
        <input type="hidden" name="thing_id" value="t3_x" />
        <div class="usertext-edit md-container" style="">
          <div class="md"><textarea rows="1" cols="1" name="text" data-event-action="comment"></textarea></div>
          <div class="bottom-area">
            <div class="usertext-buttons">
              <button type="submit" class="save">save</button>
              <button type="button" class="cancel" style="display:none">cancel</button>
            </div>
          </div>
        </div>
      </form>
    </div>
  </div>`;

const textarea = document.querySelector<HTMLTextAreaElement>('.usertext-edit textarea[name="text"]')!;
// The site posts the comment by XHR and empties the box; its "save" button is never disabled.
document.querySelector('form.usertext')!.addEventListener('submit', (event) => {
  event.preventDefault();
  textarea.value = '';
});

exposeReplica({
  platform: 'old-reddit',
  editor: 'textarea',
  editorSelector: '.usertext-edit textarea[name="text"]',
  lineSeparator: '\n',
  getModelText: () => textarea.value,
});
