import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let roots: HTMLElement[] = [];

afterEach(() => {
  for (const root of roots) {
    render(null, root);
    root.remove();
  }
  roots = [];
});

/** Renders into a fresh element in the document (happy-dom), flushing effects. */
export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(vnode, root));
  return root;
}

export function rerender(root: HTMLElement, vnode: VNode): void {
  act(() => render(vnode, root));
}

export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T | undefined {
  return [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? ''),
  );
}
