/**
 * A real Lexical editor set up the way Meta's and Reddit's composers are (vanilla Lexical, no React, as the
 * sites' own wrappers are not public): a contenteditable root with `role="textbox"`, Lexical's own
 * `data-lexical-editor="true"`, history (Ctrl+Z / Ctrl+Shift+Z) and a placeholder drawn OUTSIDE the editor
 * root, because Lexical removes any node it did not create from inside it.
 */
import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

export interface LexicalReplicaOptions {
  namespace: string;
  /**
   * 'rich': Enter makes a new paragraph (`<p>` per line; the model joins paragraphs with '\n\n').
   * 'plain': Enter makes a LineBreakNode (`<br>` inside one paragraph; the model uses '\n').
   */
  mode: 'rich' | 'plain';
  /** Attributes of the contenteditable (role, aria-label, aria-placeholder, ...). */
  attributes: Record<string, string>;
  placeholder: string;
  /** Class names Lexical puts on its paragraphs (Meta's are atomic CSS classes). */
  paragraphClass?: string;
}

export interface LexicalReplica {
  editor: LexicalEditor;
  root: HTMLElement;
  getModelText(): string;
  /** Empties the editor, as the sites do once a post is sent. */
  clear(): void;
}

/** Mounts into `container`: the editor root plus a sibling placeholder. */
export function mountLexical(container: HTMLElement, options: LexicalReplicaOptions): LexicalReplica {
  container.style.position = 'relative';
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.spellcheck = true;
  root.tabIndex = 0;
  for (const [name, value] of Object.entries(options.attributes)) root.setAttribute(name, value);
  root.style.outline = 'none';
  root.style.whiteSpace = 'pre-wrap';
  root.style.wordBreak = 'break-word';
  root.style.minHeight = '1.4em';

  const placeholder = document.createElement('div');
  placeholder.className = 'replica-lexical-placeholder';
  placeholder.textContent = options.placeholder;
  placeholder.setAttribute('aria-hidden', 'true');
  placeholder.style.cssText =
    'position:absolute;top:0;left:0;color:#65676b;pointer-events:none;user-select:none;';
  container.append(root, placeholder);

  const editor = createEditor({
    namespace: options.namespace,
    nodes: options.mode === 'rich' ? [HeadingNode, QuoteNode] : [],
    theme: options.paragraphClass ? { paragraph: options.paragraphClass } : {},
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  if (options.mode === 'rich') registerRichText(editor);
  else registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);

  // The first paragraph is part of the empty document, not an edit: keep it out of the undo stack.
  editor.update(
    () => {
      const rootNode = $getRoot();
      if (rootNode.isEmpty()) rootNode.append($createParagraphNode());
    },
    { tag: 'history-merge', discrete: true },
  );

  const getModelText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  editor.registerUpdateListener(({ editorState }) => {
    const empty = editorState.read(() => $getRoot().getTextContent() === '');
    placeholder.style.display = empty ? '' : 'none';
  });
  const clear = () =>
    editor.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true });
  return { editor, root, getModelText, clear };
}
