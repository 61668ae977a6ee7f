import { PLATFORMS } from '@/platforms/index';
import type { SiteInfo } from '@/utils/messages';
import { SiteSwitch } from './site-switch';

export interface EmptyStateProps {
  /** The site in the watched tab, when Rapport runs there; `null` for any other page. */
  site: SiteInfo | null;
  siteEnabled: boolean;
  /** Still connecting to the background: say nothing rather than something wrong. */
  connecting?: boolean;
  onSiteEnabled(enabled: boolean): void;
}

/** When no composer is active: how to start, where Rapport works, and the switch for this site. */
export function EmptyState({ site, siteEnabled, connecting, onSiteEnabled }: EmptyStateProps) {
  const name = site ? PLATFORMS[site.platform].name : undefined;
  return (
    <main class="empty">
      <div>
        <h1>Rapport</h1>
        <p class="muted">A writing coach for social posts. Everything stays in your browser.</p>
      </div>
      {!connecting && site && (
        <div class="card">
          <h2>{name}</h2>
          <SiteSwitch hostname={site.hostname} enabled={siteEnabled} onChange={onSiteEnabled} />
          <p class="note">
            {siteEnabled
              ? 'Click into a post, reply or comment box on this page and start writing. Suggestions show up here.'
              : 'Rapport stays out of this site until you switch it back on.'}
          </p>
        </div>
      )}
      {!connecting && !site && (
        <div class="card">
          <h2>Nothing to coach on this page</h2>
          <p class="note">
            Open one of the sites below and click into a post box. If the site is open already, reload its tab once.
          </p>
        </div>
      )}
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol>
          <li>Write in a post box on a supported site.</li>
          <li>After each pause, the draft is checked against the principles of good social posts.</li>
          <li>Review the checklist here: apply a fix, ignore a finding, or turn a rule off.</li>
        </ol>
        <p class="note">
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd> opens and closes this panel.
        </p>
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Supported sites</h2>
        <ul class="sites">
          {Object.values(PLATFORMS).map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
