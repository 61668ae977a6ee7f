import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packUrl, type HousePackEntry } from '@/utils/house-packs';
import { instanceOrigin } from '@/utils/mastodon-hosts';
import type { PackProblemPayload, PackSaved } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { clip } from '../shared/text';
import { useSettings } from '../shared/use-settings';
import { HousePackEditor } from './house-pack-editor';
import { ProblemList } from './problem-list';
import { downloadPack } from './save-pack-file';
import { pickedFile, readPackFiles, type PickedPack } from './read-pack-files';
import type { SkippedRule } from '@/rules/index';
import { OptionsSection } from './options-page';
import { useHousePacks, when } from './use-house-packs';

/** The https origin a pack address needs access to, as the browser's permission pattern; undefined if not https. */
export function packOrigin(input: string): string | undefined {
  const url = packUrl(input);
  return url && `${url.origin}/*`;
}

/** Where a pack came from, in words. */
export function describeSource(entry: HousePackEntry): string {
  if (entry.managed) return entry.url ? `Managed by your organisation, from ${entry.url}` : 'Managed by your organisation';
  if (entry.source === 'url') return `From ${entry.url ?? 'an address'}`;
  if (entry.source === 'file') return `Imported from ${entry.fileName ?? 'a file'}`;
  return 'Pasted';
}

/** What the editor is working on: a new pack, or the stored pack with this id. */
type Editing = { id?: string; source: 'paste' | 'file'; fileName?: string };

/**
 * House rules: packs a brand lead writes or receives (a file, an address, a paste, or the organisation's
 * policy), each tried on a sample post before it is used, and the pack each profile writes by.
 */
export function HousePacks() {
  const packs = useHousePacks();
  const { settings } = useSettings();
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Editing>({ source: 'paste' });
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [refused, setRefused] = useState<PackProblemPayload[]>([]);
  const [skipped, setSkipped] = useState<readonly SkippedRule[]>([]);
  const locked = packs.policy.lockedPack;

  const report = (saved: PackSaved | undefined, done: string) => {
    if (saved?.ok) {
      setRefused([]);
      setStatus(done);
      return true;
    }
    setRefused(saved?.problems ?? []);
    setStatus(saved ? `${saved.reason ?? 'The pack did not load'}; nothing was changed.` : 'Rapport could not reach its background; try again.');
    return false;
  };

  const save = async () => {
    const saved = editing.id
      ? await askBackground({ type: 'house-pack-update', id: editing.id, text })
      : await askBackground({ type: 'house-pack-add', source: editing.source, text, ...(editing.fileName ? { fileName: editing.fileName } : {}) });
    if (report(saved, editing.id ? 'Saved. Composers use the new rules from the next check.' : 'Added. Choose under Profiles which profile uses it.')) {
      setText('');
      setSkipped([]);
      setEditing({ source: 'paste' });
    }
  };

  /** A pack's JSON file, or a Vale style (a folder, a zip, one rule file) read into a pack in the page. */
  const importFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].map(pickedFile);
    input.value = '';
    if (files.length === 0) return;
    setStatus('Reading\u2026');
    const read = await readPackFiles(files).catch((error: unknown): PickedPack => ({ ok: false, error: `That could not be read: ${String(error)}` }));
    setSkipped(read.ok ? read.skipped : []);
    if (!read.ok) return setStatus(read.error);
    setText(read.text);
    setEditing({ source: 'file', fileName: read.fileName });
    setStatus(read.summary);
  };

  const addAddress = async (event: Event) => {
    event.preventDefault();
    const origin = packOrigin(address);
    if (!origin) return setStatus('A pack address starts with https://, for example https://brand.example/house-style.json.');
    // The one site the pack comes from, and only it: the browser asks the user.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setStatus(`Rapport needs your permission to read ${new URL(address.trim()).host}; nothing was changed.`);
    setStatus('Fetching the pack…');
    if (report(await askBackground({ type: 'house-pack-add-url', url: address.trim() }), 'Added. Rapport fetches it again every day.')) setAddress('');
  };

  const refresh = async (entry: HousePackEntry) => {
    setStatus(`Fetching ${entry.name}…`);
    report(await askBackground({ type: 'house-pack-refresh', id: entry.id }), `${entry.name} is up to date.`);
  };

  const edit = (entry: HousePackEntry) => {
    setText(entry.text);
    setEditing({ id: entry.id, source: 'paste' });
    setRefused([]);
    setStatus(`Editing ${entry.name}.`);
  };

  const remove = async (entry: HousePackEntry) => {
    const answer = await askBackground({ type: 'house-pack-remove', id: entry.id });
    setStatus(answer?.ok ? `Removed ${entry.name}.` : `${entry.name} could not be removed.`);
    // Give the site's access back, unless another pack or a Mastodon instance still needs it.
    const origin = answer?.ok && entry.url ? packOrigin(entry.url) : undefined;
    const stillUsed = (o: string) =>
      packs.packs.some((p) => p.id !== entry.id && p.url && packOrigin(p.url) === o) || settings.mastodonInstances.some((host) => instanceOrigin(host) === o);
    if (origin && !stillUsed(origin)) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  };

  return (
    <OptionsSection
      id="house-packs"
      title="House rules"
      intro="A house-rule pack holds your brand's own rules: words to avoid or prefer, hashtags to limit, disclosures to require. Add one from a file, an address or by pasting it, try it on a sample post, then choose under Profiles which profile writes by it."
    >
      {packs.packs.length === 0 && <p class="note">No packs yet.</p>}
      <ul class="setting-list" aria-label="House-rule packs">
        {packs.packs.map((entry) => (
          <li key={entry.id} class="pack-entry">
            <span class="name">
              {clip(entry.name, 80)}
              {entry.managed && <span class="managed">Managed</span>}
            </span>
            <span class="about">{`${describeSource(entry)}. ${entry.loadedAt ? `Last loaded ${when(entry.loadedAt)}.` : 'Not loaded yet.'}`}</span>
            {entry.failure && (
              <span class="about failure">
                {`The last update (${when(entry.failure.at)}) was refused: ${entry.failure.reason}. The version loaded before stays in use.`}
                {entry.failure.problems.length > 0 && <ProblemList problems={entry.failure.problems} label={`Problems in the refused update of ${entry.name}`} />}
              </span>
            )}
            <span class="pack-actions">
              {!entry.managed && (
                <button type="button" class="btn" onClick={() => edit(entry)}>
                  Edit
                </button>
              )}
              {entry.text && (
                <button type="button" class="btn" aria-label={`Save ${entry.name} as a file`} onClick={() => downloadPack(entry.text, `${entry.id}.json`)}>
                  Export
                </button>
              )}
              {entry.url && (
                <button type="button" class="btn" aria-label={`Fetch ${entry.name} again now`} onClick={() => void refresh(entry)}>
                  Update now
                </button>
              )}
              {!entry.managed && (
                <button type="button" class="btn" aria-label={`Remove ${entry.name}`} onClick={() => void remove(entry)}>
                  Remove
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>

      {packs.packs.length > 0 && (
        <p class="note">{locked ? 'Your organisation set the pack every profile uses.' : 'Choose which profile writes by which pack under Profiles, above.'}</p>
      )}

      <h3>{editing.id ? 'Edit the pack' : 'Add a pack'}</h3>
      <form class="inline-form" onSubmit={(e) => void addAddress(e)}>
        <label>
          From an address{' '}
          <input type="url" value={address} placeholder="https://brand.example/house-style.json" onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn">
          Fetch
        </button>
      </form>
      <label class="file-pick">
        From a file (a pack, or a Vale style as a zip or one rule){' '}
        <input type="file" accept=".json,application/json,.zip,.yml,.yaml" onChange={(e) => void importFiles(e.currentTarget as HTMLInputElement)} />
      </label>
      <label class="file-pick">
        From a Vale style folder{' '}
        <input type="file" {...{ webkitdirectory: true }} multiple onChange={(e) => void importFiles(e.currentTarget as HTMLInputElement)} />
      </label>
      <HousePackEditor text={text} onText={setText} />
      <div class="pack-save">
        <button type="button" class="btn primary" disabled={!text.trim()} onClick={() => void save()}>
          {editing.id ? 'Save changes' : 'Add pack'}
        </button>
        {editing.id && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              setEditing({ source: 'paste' });
              setText('');
              setStatus('');
            }}
          >
            Cancel
          </button>
        )}
      </div>
      <p class="note" role="status" aria-live="polite">
        {status}
      </p>
      {refused.length > 0 && <ProblemList problems={refused} label="Why the pack was refused" />}
      {skipped.length > 0 && (
        <details class="vale-skipped">
          <summary>{`Vale rules that could not load (${skipped.length})`}</summary>
          <ul>
            {skipped.map((rule) => (
              <li key={rule.name}>
                <code>{rule.name}</code>: {rule.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </OptionsSection>
  );
}
