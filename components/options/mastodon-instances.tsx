import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { INSTANCE_HOST, instanceOrigin } from '@/utils/mastodon-hosts';
import { askBackground } from '../shared/ask-background';
import { useSettings } from '../shared/use-settings';
import { OptionsSection } from './options-page';

/** A host name from what a person types: "https://fosstodon.org/home" -> "fosstodon.org". */
export function instanceHost(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return INSTANCE_HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

function save(hosts: string[]): Promise<unknown> {
  return askBackground({ type: 'set-mastodon-instances', hosts });
}

/**
 * Mastodon instances besides mastodon.social. Adding one asks the browser for access to that one site
 * (nothing is granted up front); removing one gives the access back.
 */
export function MastodonInstances() {
  const { settings } = useSettings();
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const hosts = settings.mastodonInstances;

  const add = async (event: Event) => {
    event.preventDefault();
    const host = instanceHost(draft);
    if (!host) return setStatus('That does not look like a web address, for example fosstodon.org.');
    if (hosts.includes(host) || host === 'mastodon.social') return setStatus(`${host} is already coached.`);
    const granted = await browser.permissions.request({ origins: [instanceOrigin(host)] }).catch(() => false);
    if (!granted) return setStatus(`Rapport needs your permission to run on ${host}; nothing was changed.`);
    await save([...hosts, host]);
    setDraft('');
    setStatus(`Added ${host}. Reload its tabs to start coaching there.`);
  };

  const remove = async (host: string) => {
    await save(hosts.filter((h) => h !== host));
    await browser.permissions.remove({ origins: [instanceOrigin(host)] }).catch(() => false);
    setStatus(`Removed ${host}.`);
  };

  return (
    <OptionsSection
      id="mastodon-instances"
      title="Mastodon instances"
      intro="Rapport coaches on mastodon.social. Add the instance you post from, and the browser will ask you to let Rapport run there."
    >
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          Instance address{' '}
          <input type="text" value={draft} placeholder="fosstodon.org" onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn">
          Add
        </button>
      </form>
      <ul class="setting-list" aria-label="Mastodon instances">
        {hosts.map((host) => (
          <li key={host}>
            <span class="name">{host}</span>
            <button type="button" class="btn" aria-label={`Stop coaching on ${host}`} onClick={() => void remove(host)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p class="note" role="status" aria-live="polite">
        {status}
      </p>
    </OptionsSection>
  );
}
