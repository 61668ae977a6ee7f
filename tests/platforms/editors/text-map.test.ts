// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFor, segmentsIn } from '../../../platforms/editors/text-map';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('buildTextMap', () => {
  it.each([
    ['paragraphs (Lexical, ProseMirror, Quill)', '<p>Hello</p><p>world</p>', 'Hello\nworld'],
    ['an empty paragraph is an empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a placeholder <br> is not a break', '<p>Hello<br></p>', 'Hello'],
    ['a <br> between text is a break', '<p>one<br>two</p>', 'one\ntwo'],
    ['inline formatting is not a break', '<p>so <strong>very</strong> <em>good</em></p>', 'so very good'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hi 👋</span></span></div></div>' +
        '<div data-block="true"><div><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">there</span></span></div></div></div>',
      'Hi 👋\n\nthere',
    ],
    ['plain contenteditable with breaks (YouTube)', 'first<br>second<br>', 'first\nsecond'],
    ['scripts and styles are not text', '<p>a<style>p{}</style><script>x</script>b</p>', 'ab'],
  ])('%s', (_name, html, text) => {
    expect(buildTextMap(editor(html)).text).toBe(text);
  });

  it('maps spans back to DOM ranges with UTF-16 offsets', () => {
    const root = editor('<p>🎉 BIG news</p><p>for <b>you</b> all</p>');
    const map = buildTextMap(root);
    const text = map.text;
    for (const word of ['BIG', 'news', 'for', 'you', 'all', 'news\nfor']) {
      const start = text.indexOf(word);
      expect(rangeFor(map, start, start + word.length)!.toString().replace(/\n/g, '')).toBe(word.replace('\n', ''));
    }
    expect(segmentsIn(map, text.indexOf('you'), text.indexOf('you') + 3)).toHaveLength(1);
    expect(segmentsIn(map, text.indexOf('for'), text.indexOf('all') + 3)).toHaveLength(3);
  });
});
