import { useEffect, useRef, useState } from 'preact/hooks';
import { FORMAT_NAMES } from '@/cli/readers/types';
import { PlatformSelect } from '../shared/platform-select';
import type { PlatformId } from '@/platforms/types';
import type { HistoryImportAnswer } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { plural } from '../shared/text';
import { importShards, mergeSummaries, type ImportProgress, type ImportSummary } from './import-summary';
import type { ImportEvent, ImportStart } from './import-worker';
import './archive-importer.css';

/** What the background stored of the batches so far. */
interface Stored {
  added: number;
  duplicates: number;
  tooOld: number;
  failed: number;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress: ImportProgress; stored: Stored }
  | { step: 'done'; name: string; summary: ImportSummary; stored: Stored }
  | { step: 'stopped'; name: string; stored: Stored }
  | { step: 'failed'; name: string; error: string };

const NOTHING: Stored = { added: 0, duplicates: 0, tooOld: 0, failed: 0 };
const n = (count: number) => count.toLocaleString('en');

/**
 * Import an X archive or a LinkedIn export (or a file of posts) into the history, so the ratio is right
 * from the first day. The reading runs in workers, one per core, each classifying its share of the posts;
 * the page only shows progress and passes each batch to the background, which stores it (counting a post it already holds once). Stopping keeps what was stored.
 * `onRunning` hears when an import starts and when its last batch is stored.
 */
export function ArchiveImporter({ onRunning }: { onRunning?(running: boolean): void } = {}) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [platform, setPlatform] = useState<PlatformId>('x');
  const [dragging, setDragging] = useState(false);
  const running = useRef<{ stop(): void } | undefined>(undefined);
  useEffect(() => () => running.current?.stop(), []);

  const start = (picked: readonly File[]) => {
    if (picked.length === 0 || running.current) return;
    const name = picked.length === 1 ? picked[0]!.name : (picked[0]!.webkitRelativePath.split('/')[0] || 'the folder');
    let stored = { ...NOTHING };
    let saving = Promise.resolve();
    let ended = false;
    // One worker per core shares the reading; each classifies its share of the posts.
    const count = importShards(navigator.hardwareConcurrency);
    const workers = Array.from({ length: count }, () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }));
    const progress: ImportProgress[] = workers.map(() => ({ records: 0, posts: 0 }));
    const summaries: ImportSummary[] = [];
    const end = (next: () => ImportState) => {
      if (ended) return;
      ended = true;
      for (const worker of workers) worker.terminate();
      void saving.then(() => {
        running.current = undefined;
        setState(next());
        onRunning?.(false);
      });
    };
    running.current = { stop: () => end(() => ({ step: 'stopped', name, stored })) };
    onRunning?.(true);
    setState({ step: 'reading', name, progress: { records: 0, posts: 0 }, stored });
    const files = picked.map((file) => ({ path: file.webkitRelativePath || file.name, blob: file as Blob }));
    workers.forEach((worker, index) => {
      worker.onmessage = (message: MessageEvent<ImportEvent>) => {
        const event = message.data;
        if (ended) return;
        if (event.type === 'batch') {
          saving = saving.then(async () => {
            const answer: HistoryImportAnswer | undefined = await askBackground({ type: 'history-import', posts: event.posts });
            stored = answer
              ? { ...stored, added: stored.added + answer.added, duplicates: stored.duplicates + answer.duplicates, tooOld: stored.tooOld + answer.tooOld }
              : { ...stored, failed: stored.failed + event.posts.length };
            setState((s) => (s.step === 'reading' ? { ...s, stored } : s));
          });
        } else if (event.type === 'progress') {
          progress[index] = event.progress;
          const total = progress.reduce((sum, p) => ({ records: sum.records + p.records, posts: sum.posts + p.posts }), { records: 0, posts: 0 });
          setState((s) => (s.step === 'reading' ? { ...s, progress: total } : s));
        } else if (event.type === 'done') {
          summaries.push(event.summary);
          if (summaries.length === workers.length) end(() => ({ step: 'done', name, summary: mergeSummaries(summaries), stored }));
        } else {
          end(() => ({ step: 'failed', name, error: event.error }));
        }
      };
      worker.onerror = (error) => {
        error.preventDefault();
        end(() => ({ step: 'failed', name, error: `The import stopped: ${error.message || 'its worker failed'}.` }));
      };
    });
    // The workers hash the posts with the history's salt, so the texts stay in them unless the user keeps texts.
    void askBackground({ type: 'history-import-start' }).then((begin) => {
      if (ended) return;
      if (!begin) {
        end(() => ({ step: 'failed', name, error: "Rapport's background did not answer, so nothing was imported. Reload the page and try again." }));
        return;
      }
      workers.forEach((worker, index) =>
        worker.postMessage({ name, files, platform, shard: { index, count }, salt: begin.salt, keepText: begin.keepPostText } satisfies ImportStart),
      );
    });
  };

  const pick = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    start(files);
  };

  const busy = state.step === 'reading';
  return (
    <section
      class={`card importer${dragging ? ' dragging' : ''}`}
      data-testid="importer"
      aria-labelledby="importer-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        start([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="importer-title">Import your past posts</h2>
      <p class="muted">
        An X archive (the zip, or its <code>data</code> folder) or a LinkedIn export (its zip, or <code>Shares.csv</code>), so your ratio counts the posts you
        wrote before Rapport. It is read here, in this browser; nothing is uploaded. Retweets are someone else's words and are left out.
      </p>
      <div class="import-picks">
        <label class="btn">
          Choose a file{' '}
          <input type="file" accept=".zip,.js,.csv,.json,.jsonl" disabled={busy} onChange={(e) => pick(e.currentTarget as HTMLInputElement)} />
        </label>
        <label class="btn">
          Choose a folder <input type="file" {...{ webkitdirectory: true }} multiple disabled={busy} onChange={(e) => pick(e.currentTarget as HTMLInputElement)} />
        </label>
        <label class="muted">
          A CSV or JSON file of posts is from{' '}
          <PlatformSelect value={platform} onChange={setPlatform} disabled={busy} />
        </label>
      </div>
      <ImportStatus state={state} onStop={() => running.current?.stop()} />
    </section>
  );
}

function ImportStatus({ state, onStop }: { state: ImportState; onStop(): void }) {
  if (state.step === 'idle') return <p class="muted">Or drop the file here.</p>;
  if (state.step === 'reading') {
    const { progress, stored } = state;
    return (
      <div class="import-progress">
        <progress aria-label={`Importing ${state.name}`} />
        <p role="status" aria-live="polite" data-testid="import-progress">
          {`Reading ${state.name}: ${n(progress.posts)} posts so far, ${n(stored.added)} stored.`}
        </p>
        <button type="button" class="btn" onClick={onStop}>
          Stop
        </button>
      </div>
    );
  }
  if (state.step === 'failed') {
    return (
      <p class="warning" role="alert" data-testid="import-error">
        {`${state.name}: ${state.error}`}
      </p>
    );
  }
  const { stored } = state;
  const storedLine = [
    `${n(stored.added)} new posts stored`,
    `${n(stored.duplicates)} already in your history`,
    ...(stored.tooOld ? [`${n(stored.tooOld)} older than your history keeps`] : []),
    ...(stored.failed ? [`${n(stored.failed)} not stored (Rapport could not save them: its storage in this browser may be full; see the history settings)`] : []),
  ].join(', ');
  if (state.step === 'stopped') {
    return (
      <p role="status" data-testid="import-summary">
        {`Stopped. ${storedLine}. Importing ${state.name} again skips what is already stored.`}
      </p>
    );
  }
  const { summary } = state;
  return (
    <div role="status" data-testid="import-summary">
      <p>{`Imported ${state.name} (${FORMAT_NAMES[summary.format]}): ${storedLine}.`}</p>
      <ul class="import-counts">
        <li data-testid="import-read">{`${plural(summary.posts, 'post')} read`}</li>
        <li data-testid="import-reposts">{`${plural(summary.reposts, 'repost')} left out`}</li>
        {summary.empty > 0 && <li>{`${plural(summary.empty, 'empty record')} left out`}</li>}
        <li data-testid="import-unreadable">{`${plural(summary.unreadableCount, 'record')} could not be read`}</li>
      </ul>
      {summary.unreadable.length > 0 && (
        <details>
          <summary>Records that could not be read</summary>
          <ul>
            {summary.unreadable.map((row) => (
              <li key={`${row.file ?? ''}:${row.line}`}>{`${row.file ? `${row.file}, ` : ''}line ${row.line}: ${row.reason}`}</li>
            ))}
            {summary.unreadableCount > summary.unreadable.length && <li>{`and ${n(summary.unreadableCount - summary.unreadable.length)} more`}</li>}
          </ul>
        </details>
      )}
      {summary.notes.map((note) => (
        <p class="muted" key={note}>
          {note}
        </p>
      ))}
    </div>
  );
}
