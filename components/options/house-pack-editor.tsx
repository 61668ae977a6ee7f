import { useEffect, useMemo, useState } from 'preact/hooks';
import { PLATFORMS } from '@/platforms/index';
import { PLATFORM_IDS, type PlatformId } from '@/rules/engine/types';
import type { PackCheck, PackPreview } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { HouseLabel } from '../shared/finding-card';
import { clip, plural } from '../shared/text';
import { houseRuleId, MarkedDraft } from './marked-draft';
import { PackForm } from './pack-form';
import { emptyPack, readPack, writePack } from './pack-object';
import { ProblemList } from './problem-list';
import { savePackFile } from './save-pack-file';

/** How long the editor waits after the last keystroke before it checks the pack again. */
export const CHECK_DELAY_MS = 250;

/** The answer to a request, asked again whenever its inputs change and typing pauses. */
function useDebounced<T>(ask: () => Promise<T | undefined>, inputs: unknown[]): T | undefined {
  const [answer, setAnswer] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => void ask().then((value) => live && setAnswer(value)), CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, inputs);
  return answer;
}

type View = 'json' | 'form';

/** The pack as a form, or why the form cannot show it. */
function FormView({ text, onText, check, showJson }: { text: string; onText(text: string): void; check: PackCheck | undefined; showJson(): void }) {
  const read = useMemo(() => readPack(text), [text]);
  if (!text.trim()) {
    return (
      <div class="form-blocked">
        <p class="note">There is no pack here yet: start one, or import a file above.</p>
        <button type="button" class="btn" onClick={() => onText(writePack(emptyPack()))}>
          Start a new pack
        </button>
      </div>
    );
  }
  if (!read.ok) {
    return (
      <div class="form-blocked" role="alert">
        <p class="bad">{`The form cannot show this pack: ${read.reason} Fix the JSON first.`}</p>
        <button type="button" class="btn" onClick={showJson}>
          Edit the JSON
        </button>
      </div>
    );
  }
  return <PackForm pack={read.pack} problems={check?.ok === false ? check.problems : []} onPack={(pack) => onText(writePack(pack))} />;
}

/**
 * The pack's text, edited as JSON or as a form, and checked as it is typed by the background's own
 * compiler: every problem by its path (and, in the form, beside its field), or the pack's name and size.
 * The JSON text is the one source of truth: the form reads it and writes it back whole. Below, a sample
 * draft with what the pack flags in it marked, and the pack's findings on it, from the same engine the
 * composers use. The text is a textarea's value and the findings are text nodes: nothing typed here is
 * ever read as HTML.
 */
export function HousePackEditor({ text, onText }: { text: string; onText(text: string): void }) {
  const [view, setView] = useState<View>('json');
  const [draft, setDraft] = useState('');
  const [platform, setPlatform] = useState<PlatformId | undefined>(undefined);
  const check = useDebounced<PackCheck>(() => (text.trim() ? askBackground({ type: 'house-pack-check', text }) : Promise.resolve(undefined)), [text]);
  // The draft the findings were made on travels with them, so the marks never land on newer text.
  const preview = useDebounced<{ draft: string; answer: PackPreview | undefined }>(
    async () =>
      text.trim() && draft.trim()
        ? { draft, answer: await askBackground({ type: 'house-pack-preview', pack: text, draft, ...(platform ? { platform } : {}) }) }
        : undefined,
    [text, draft, platform],
  );
  const shown = preview?.answer?.ok === true ? { draft: preview.draft, ...preview.answer } : undefined;
  return (
    <div class="pack-editor">
      <div class="view-switch" role="group" aria-label="Edit the pack as">
        {(['form', 'json'] as const).map((v) => (
          <button key={v} type="button" class="btn" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'form' ? 'Form' : 'JSON'}
          </button>
        ))}
        {text.trim() && (
          <button type="button" class="btn save-file" onClick={() => savePackFile(text)}>
            Save as a file
          </button>
        )}
      </div>
      {view === 'json' ? (
        <label class="stacked">
          Pack (JSON)
          <textarea
            rows={12}
            spellcheck={false}
            value={text}
            placeholder='{ "name": "Acme social house style", "version": 1, "rules": [ … ] }'
            onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
      ) : (
        <FormView text={text} onText={onText} check={check} showJson={() => setView('json')} />
      )}
      <div class="pack-check" role="status" aria-live="polite">
        {check?.ok === true && <p class="ok">{`\u201c${clip(check.name, 80)}\u201d loads: ${plural(check.rules, 'rule')}.`}</p>}
        {check?.ok === false && (
          <>
            <p class="bad">{`This pack does not load: ${plural(check.problems.length, 'problem')}. Nothing of it applies until all are fixed.`}</p>
            <ProblemList problems={check.problems} label="Problems in this pack" />
          </>
        )}
      </div>
      <label class="stacked">
        Try it on a sample post
        <textarea rows={3} value={draft} placeholder="Type a post your team might write" onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="preview-platform">
        {'As a post on '}
        <select value={platform ?? ''} onChange={(e) => setPlatform(((e.currentTarget as HTMLSelectElement).value || undefined) as PlatformId | undefined)}>
          <option value="">no platform in particular</option>
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {PLATFORMS[id].name}
            </option>
          ))}
        </select>
      </label>
      <div class="pack-preview" aria-live="polite">
        {shown &&
          (shown.findings.length === 0 ? (
            <p class="note">None of the pack’s rules fire on this post.</p>
          ) : (
            <>
              <MarkedDraft draft={shown.draft} findings={shown.findings} />
              <ul class="setting-list" aria-label="What the pack finds">
                {shown.findings.map((f) => (
                  <li key={`${f.key}@${f.start}`} class={`finding ${f.severity}`}>
                    <span class="name">{f.actual.trim() ? `\u201c${clip(f.actual.trim(), 80)}\u201d` : '(the whole post)'}</span>
                    <span class="about">
                      <HouseLabel pack={shown.name} /> <code class="rule-id">{clip(houseRuleId(f.ruleId), 60)}</code> {f.message}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ))}
      </div>
    </div>
  );
}
