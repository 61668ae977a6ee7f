import { useEffect, useState } from 'preact/hooks';
import { HISTORY_LIMITS, historyNearlyFull, policyOfOptions, type HistoryOptions } from '@/utils/history-options';
import { POLICY_IDS, type PolicyId } from '@/rules/history';
import { askBackground } from '../shared/ask-background';
import './history-settings.css';

/** What the settings ask of the background; the page passes the real one, tests a fake. */
export interface HistoryActions {
  save(options: HistoryOptions): Promise<boolean>;
  exportJson(): Promise<string | undefined>;
  exportCsv(): Promise<string | undefined>;
  clear(): Promise<boolean>;
}

export const backgroundHistoryActions: HistoryActions = {
  save: async (options) => (await askBackground({ type: 'set-history-options', ...options }))?.ok === true,
  exportJson: async () => {
    const answer = await askBackground({ type: 'history-export' });
    return answer && JSON.stringify(answer, null, 2);
  },
  exportCsv: async () => (await askBackground({ type: 'history-export-csv' }))?.csv,
  clear: async () => (await askBackground({ type: 'history-clear' }))?.ok === true,
};

const DELETED = 'Deleted all history.';

const POLICY_NAMES: Record<PolicyId, string> = {
  '80/20': '80/20: at most 2 in 10 posts promote',
  '4-1-1': '4-1-1: at most 1 in 6',
  thirds: 'Thirds: at most 1 in 3',
  custom: 'A share of my own',
};

export interface HistorySettingsProps {
  options: HistoryOptions;
  /** How many posts are stored; `undefined` while they load. */
  postCount: number | undefined;
  actions?: HistoryActions;
}

/** The history's settings: keep the text, retention, the policy, export and delete (with a second step). */
export function HistorySettings({ options, postCount, actions = backgroundHistoryActions }: HistorySettingsProps) {
  const [draft, setDraft] = useState(options);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setDraft(options), [options]);
  // "Deleted all history." stops being true once posts are stored again (a later import, a new post).
  useEffect(() => {
    if (postCount) setStatus((line) => (line === DELETED ? '' : line));
  }, [postCount]);

  const save = async (next: HistoryOptions) => {
    setDraft(next);
    if (!withinLimits(next)) return setStatus('Not saved: a number is outside the range shown beside it.');
    setStatus((await actions.save(next)) ? 'Saved.' : 'Not saved: Rapport could not reach its background. Try again.');
  };
  const number = (field: 'maxPosts' | 'maxAgeDays' | 'window') => (e: Event) => void save({ ...draft, [field]: Number((e.target as HTMLInputElement).value) });
  const download = async (kind: 'json' | 'csv') => {
    const text = await (kind === 'json' ? actions.exportJson() : actions.exportCsv());
    if (text === undefined) return setStatus('The export failed: Rapport could not reach its background. Try again.');
    saveFile(`rapport-history.${kind}`, text, kind === 'json' ? 'application/json' : 'text/csv');
    setStatus(`Exported ${postCount ?? 0} posts as ${kind.toUpperCase()}.`);
  };
  const clear = async () => {
    setConfirming(false);
    setStatus((await actions.clear()) ? DELETED : 'Nothing was deleted: Rapport could not reach its background. Try again.');
  };
  const { policy, error } = policyOfOptions(draft);

  return (
    <section class="card settings" data-testid="history-settings" aria-labelledby="history-settings-title">
      <h2 id="history-settings-title">History settings</h2>
      {postCount !== undefined && historyNearlyFull(postCount, draft) && (
        <p class="warning" role="alert" data-testid="nearly-full">
          Your history holds {postCount.toLocaleString('en')} of at most {draft.maxPosts.toLocaleString('en')} posts: the oldest will soon be dropped. Export it
          now to keep a copy, or raise the limit.
        </p>
      )}
      <label>
        <input type="checkbox" checked={draft.keepPostText} onChange={(e) => void save({ ...draft, keepPostText: (e.target as HTMLInputElement).checked })} /> Keep
        the text of my posts
      </label>
      <p class="muted">
        Off by default. When off, Rapport keeps only a salted fingerprint of each post, so the same post imported later is not counted twice. Either
        way, nothing leaves this browser.
      </p>
      <fieldset>
        <legend>Keep at most</legend>
        <label>
          <input type="number" min={HISTORY_LIMITS.maxPosts.min} max={HISTORY_LIMITS.maxPosts.max} value={draft.maxPosts} onChange={number('maxPosts')} /> posts (
          {HISTORY_LIMITS.maxPosts.min}–{HISTORY_LIMITS.maxPosts.max.toLocaleString('en')})
        </label>{' '}
        <label>
          <input type="number" min={HISTORY_LIMITS.maxAgeDays.min} max={HISTORY_LIMITS.maxAgeDays.max} value={draft.maxAgeDays} onChange={number('maxAgeDays')} />{' '}
          days ({HISTORY_LIMITS.maxAgeDays.min}–{HISTORY_LIMITS.maxAgeDays.max}); the oldest go first.
        </label>
      </fieldset>
      <fieldset>
        <legend>Self-promotion policy</legend>
        <label>
          Policy{' '}
          <select value={draft.policy} onChange={(e) => void save({ ...draft, policy: (e.target as HTMLSelectElement).value as PolicyId })}>
            {POLICY_IDS.map((id) => (
              <option key={id} value={id}>
                {POLICY_NAMES[id]}
              </option>
            ))}
          </select>
        </label>{' '}
        {draft.policy === 'custom' && (
          <label>
            Largest share{' '}
            <input
              type="number"
              min={1}
              max={99}
              value={Math.round(draft.share * 100)}
              onChange={(e) => {
                const percent = Number((e.target as HTMLInputElement).value);
                if (percent >= 1 && percent <= 99) void save({ ...draft, share: percent / 100 });
                else setStatus('Not saved: the share is a percentage from 1 to 99.');
              }}
            />
            %
          </label>
        )}{' '}
        <label>
          Judged over the last{' '}
          <input type="number" min={HISTORY_LIMITS.window.min} max={HISTORY_LIMITS.window.max} value={draft.window} onChange={number('window')} /> posts (0: the
          policy's own)
        </label>
        <p class="muted" data-testid="policy-line">
          Now: at most {policy.allowed} of every {policy.window} posts promote ({policy.label}).{error ? ` Your window was not used: ${error}.` : ''}
        </p>
      </fieldset>
      <div class="row">
        <button type="button" class="btn" onClick={() => void download('json')}>
          Export JSON
        </button>{' '}
        <button type="button" class="btn" onClick={() => void download('csv')}>
          Export CSV
        </button>{' '}
        {confirming ? (
          <span role="group" aria-label="Confirm deletion">
            Delete all {postCount ?? 0} posts? This cannot be undone.{' '}
            <button type="button" class="btn danger" onClick={() => void clear()}>
              Yes, delete everything
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Keep my history
            </button>
          </span>
        ) : (
          <button type="button" class="btn danger" onClick={() => setConfirming(true)} disabled={!postCount}>
            Delete all history
          </button>
        )}
      </div>
      <p class="status" role="status" data-testid="settings-status">
        {status}
      </p>
    </section>
  );
}

function withinLimits(o: HistoryOptions): boolean {
  return (['maxPosts', 'maxAgeDays', 'window'] as const).every((k) => Number.isInteger(o[k]) && o[k] >= HISTORY_LIMITS[k].min && o[k] <= HISTORY_LIMITS[k].max);
}

/** Hands the text to the browser as a file: a Blob URL on an `<a download>`, released once clicked. */
function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
