// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorAdapter } from '../../../platforms/editors/types';
import { DraftWatcher } from '../../../entrypoints/composer.content/draft-watcher';

const adapter: EditorAdapter = {
  kind: 'textarea',
  read: (root) => ({ text: (root as HTMLTextAreaElement).value, rangeFor: () => null }),
  apply: async () => 'applied',
};

const abort = new AbortController();
afterEach(() => document.body.replaceChildren());

function watch() {
  const field = document.createElement('textarea');
  document.body.append(field);
  const onEdit = vi.fn();
  const draft = new DraftWatcher(field, adapter, abort.signal, onEdit);
  return { field, draft, onEdit };
}

describe('the draft watcher', () => {
  it('numbers every edit and tells the session', () => {
    const { field, draft, onEdit } = watch();
    field.value = 'Hello';
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('input'));
    expect(draft.revision).toBe(2);
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(draft.read().text).toBe('Hello');
  });

  it('waits for an IME composition to end before counting it', () => {
    const { field, draft, onEdit } = watch();
    field.dispatchEvent(new Event('compositionstart'));
    field.dispatchEvent(new Event('input'));
    expect(onEdit).not.toHaveBeenCalled();
    field.dispatchEvent(new Event('compositionend'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(draft.revision).toBe(1);
  });

  it('moves the revision on without an edit when answers on their way must be dropped', () => {
    const { draft, onEdit } = watch();
    draft.invalidate();
    expect(draft.revision).toBe(1);
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('stops listening when the session ends', () => {
    const field = document.createElement('textarea');
    const ended = new AbortController();
    const onEdit = vi.fn();
    new DraftWatcher(field, adapter, ended.signal, onEdit);
    ended.abort();
    field.dispatchEvent(new Event('input'));
    expect(onEdit).not.toHaveBeenCalled();
  });

  it("counts a rich editor's change that no input event announced (an undo) once, however many nodes it touched", async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<p>one</p><p>two</p>';
    document.body.append(editor);
    const onEdit = vi.fn();
    const draft = new DraftWatcher(editor, adapter, new AbortController().signal, onEdit);
    editor.firstElementChild!.textContent = 'uno';
    editor.lastElementChild!.textContent = 'dos';
    await Promise.resolve(); // the observer's callback
    editor.append(document.createElement('p'));
    await new Promise((done) => setTimeout(done, 5));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(draft.revision).toBe(1);
  });

  it('does not count a change twice when its input event came', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    const onEdit = vi.fn();
    new DraftWatcher(editor, adapter, new AbortController().signal, onEdit);
    editor.textContent = 'typed';
    editor.dispatchEvent(new Event('input'));
    await new Promise((done) => setTimeout(done, 5));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});

