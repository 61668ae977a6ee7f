import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Page text must reach the DOM as text. No component or page may inject HTML. */
describe('no HTML injection in the pages', () => {
  const roots = ['components', 'entrypoints/sidepanel', 'entrypoints/options', 'entrypoints/composer.content'];
  const files = roots.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => join(dir, f)),
  );

  it.each(files)('%s sets no raw HTML', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});
