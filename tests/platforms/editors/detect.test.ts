// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableRoot, editorKind, isOptedOut } from '../../../platforms/editors/detect';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('editor detection', () => {
  it.each([
    ['<textarea id="t"></textarea>', 'textarea'],
    ['<div class="DraftEditor-root"><div id="t" class="public-DraftEditor-content" contenteditable="true"></div></div>', 'draft'],
    ['<div id="t" contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div id="t" class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div class="ql-container"><div id="t" class="ql-editor" contenteditable="true"></div></div>', 'quill'],
    ['<div id="t" contenteditable="true"></div>', 'contenteditable'],
  ])('%s is %s', (html, kind) => {
    const el = mount(html).querySelector<HTMLElement>('#t')!;
    expect(editorKind(el)).toBe(kind);
  });

  it('finds the outermost contenteditable from a node deep inside it', () => {
    const body = mount('<div id="root" contenteditable="true"><p><span id="deep">hi</span></p></div>');
    const deep = body.querySelector('#deep')!.firstChild!;
    expect(editableRoot(deep)?.id).toBe('root');
    expect(editableRoot(body.querySelector('p'))?.id).toBe('root');
  });

  it('honours opt-outs, read-only and search fields', () => {
    const body = mount(`
      <textarea id="ok"></textarea>
      <textarea id="gramm" data-gramm="false"></textarea>
      <div data-enable-grammarly="false"><div id="inner" contenteditable="true"></div></div>
      <textarea id="ro" readonly></textarea>
      <div id="aria" contenteditable="true" aria-readonly="true"></div>
      <div role="search"><div id="search" contenteditable="true"></div></div>
      <div id="combo" contenteditable="true" role="combobox"></div>`);
    const opted = (id: string) => isOptedOut(body.querySelector<HTMLElement>(`#${id}`)!);
    expect(opted('ok')).toBe(false);
    for (const id of ['gramm', 'inner', 'ro', 'aria', 'search', 'combo']) expect(opted(id), id).toBe(true);
  });
});
