// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogBlocks, ReleaseNotes, ReleaseNotesView } from '../../../components/options/release-notes';
import { mount } from '../render';

describe('release notes', () => {
  it('reads headings, items (wrapped lines joined) and paragraphs, without Markdown marks', () => {
    const md = '# Changelog\n\nIntro with a [link](https://example.com).\n\n## [Unreleased]\n\n### Added\n\n- **Icons.** Two\n  bubbles, `npm run icons`.\n- Second\n';
    expect(changelogBlocks(md)).toEqual([
      { kind: 'paragraph', text: 'Intro with a link.' },
      { kind: 'heading', text: 'Unreleased' },
      { kind: 'subheading', text: 'Added' },
      { kind: 'item', text: 'Icons. Two bubbles, npm run icons.' },
      { kind: 'item', text: 'Second' },
    ]);
  });

  it('shows the repository changelog, and markup in it as text', () => {
    const ours = changelogBlocks(readFileSync(join(process.cwd(), 'CHANGELOG.md'), 'utf8'));
    expect(ours.some((b) => b.kind === 'heading')).toBe(true);
    expect(ours.filter((b) => b.kind === 'item').length).toBeGreaterThan(3);
    const root = mount(<ReleaseNotesView markdown={'## 1.0\n\n- <img src=x onerror=alert(1)> fixed\n'} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> fixed');
    expect(mount(<ReleaseNotes />).querySelectorAll('h3').length).toBeGreaterThan(0);
  });
});
