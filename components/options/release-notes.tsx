import changelog from '@/CHANGELOG.md?raw';
import { OptionsSection } from './options-page';

export interface NotesBlock {
  kind: 'heading' | 'subheading' | 'item' | 'paragraph';
  text: string;
}

/**
 * CHANGELOG.md as plain blocks: headings, list items and paragraphs, with the Markdown marks taken out
 * (bold, code, links keep their words). Wrapped lines join their block. Rendered as text, never as HTML.
 */
export function changelogBlocks(markdown: string): NotesBlock[] {
  const blocks: NotesBlock[] = [];
  let open: NotesBlock | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      open = undefined;
    } else if (line.startsWith('# ')) {
      open = undefined; // the file's own title: the section has one
    } else if (/^#{2,3} /.test(line)) {
      blocks.push({ kind: line.startsWith('## ') ? 'heading' : 'subheading', text: plain(line.replace(/^#+ /, '')) });
      open = undefined;
    } else if (/^[-*] /.test(line)) {
      open = { kind: 'item', text: plain(line.slice(2)) };
      blocks.push(open);
    } else if (open) {
      open.text = `${open.text} ${plain(line)}`;
    } else {
      open = { kind: 'paragraph', text: plain(line) };
      blocks.push(open);
    }
  }
  return blocks;
}

function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\[(.+)\]$/, '$1');
}

/** What changed, from the repository's CHANGELOG.md (bundled with the page; nothing is fetched). */
export function ReleaseNotes() {
  return <ReleaseNotesView markdown={changelog} />;
}

export function ReleaseNotesView({ markdown }: { markdown: string }) {
  const blocks = changelogBlocks(markdown);
  return (
    <OptionsSection id="release-notes" title="What’s new">
      <details class="release-notes">
        <summary>Release notes</summary>
        {blocks.map((block, i) =>
          block.kind === 'heading' ? (
            <h3 key={i}>{block.text}</h3>
          ) : block.kind === 'subheading' ? (
            <h4 key={i}>{block.text}</h4>
          ) : block.kind === 'item' ? (
            <p key={i} class="note-item">
              • {block.text}
            </p>
          ) : (
            <p key={i} class="muted">
              {block.text}
            </p>
          ),
        )}
      </details>
    </OptionsSection>
  );
}
