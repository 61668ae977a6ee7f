import type { ComponentType } from 'preact';
import '../shared/theme.css';
import './options.css';
import { useTheme } from '../shared/use-theme';
import { EditedProfileProvider } from './edited-profile';

/**
 * The options page's frame. Each section is its own component with its own heading, so features add a
 * section (site switches, Mastodon instances, house rules) without touching the others.
 */
export function OptionsPage({ sections }: { sections: readonly ComponentType[] }) {
  useTheme();
  return (
    <main class="options">
      <header>
        <h1>Rapport settings</h1>
        <p class="muted">Everything here is stored in this browser only.</p>
      </header>
      <EditedProfileProvider>
        {sections.map((Section, i) => (
          <Section key={i} />
        ))}
      </EditedProfileProvider>
    </main>
  );
}

/** A titled block of the options page. */
export function OptionsSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: preact.ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}
