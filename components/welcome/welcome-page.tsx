import { PLATFORMS } from '@/platforms/index';
import '../shared/theme.css';
import '../panel/panel.css';
import './welcome.css';
import { SampleComposer } from './sample-composer';
import { shortcutSettingsPlace, usePanelShortcut } from './panel-shortcut';
import { useTheme } from '../shared/use-theme';

/** The page opened once after install: what Rapport does, where, how to reach it, and a box to try it in. */
export function WelcomePage() {
  useTheme();
  const shortcut = usePanelShortcut();
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/96.png" width={48} height={48} alt="" />
        <div>
          <h1>Welcome to Rapport</h1>
          <p class="muted">A writing coach for social posts.</p>
        </div>
      </header>

      <section class="welcome-section" aria-labelledby="what-heading">
        <h2 id="what-heading">What it does</h2>
        <ul class="what">
          <li>While you write a post, Rapport points out what may put readers off: shouting, hard selling, hype, jargon.</li>
          <li>Each suggestion says why, and many come with a fix you can apply in one click.</li>
          <li>A score and a checklist in the side panel show how the whole draft reads before you post it.</li>
        </ul>
        <p class="privacy">
          <strong>Your words stay on this computer.</strong> Rapport checks drafts inside your browser and sends nothing
          anywhere: no account, no server, no tracking.
        </p>
      </section>

      <SampleComposer />

      <section class="welcome-section" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Where it works</h2>
        <p class="muted">Rapport wakes up in the post boxes of these sites:</p>
        <ul class="sites" aria-label="Supported sites">
          {Object.values(PLATFORMS).map((p) => (
            <li key={p.id}>
              <span class="name">{p.name}</span> <span class="muted">{p.site.hosts[0]}</span>
            </li>
          ))}
        </ul>
        <p class="muted">Another Mastodon server can be added on the settings page.</p>
      </section>

      <section class="welcome-section" aria-labelledby="panel-heading">
        <h2 id="panel-heading">Opening the panel</h2>
        <ul class="what">
          <li>Click Rapport’s icon in the toolbar (pin it from the puzzle-piece menu to keep it in view).</li>
          <li>
            Or press{' '}
            {shortcut ? (
              <kbd class="shortcut">{shortcut}</kbd>
            ) : shortcut === '' ? (
              <span>a shortcut of your choice: none is set yet, choose one at {shortcutSettingsPlace(navigator.userAgent)}</span>
            ) : (
              <span>the keyboard shortcut listed at {shortcutSettingsPlace(navigator.userAgent)}</span>
            )}
            .
          </li>
          <li>Or click the small Rapport badge that appears beside a post box while you write.</li>
        </ul>
        <p>
          <a href="/options.html">Settings</a>: rules you turned off, suggestions you ignored, house-rule packs, Mastodon servers and your posting history.
        </p>
      </section>
    </main>
  );
}
