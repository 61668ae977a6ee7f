import { useEffect, useState } from 'preact/hooks';
import type { PackCheck, PackPreview, PackProblemPayload } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';
import { HouseLabel } from '../shared/finding-card';
import { clip, plural } from '../shared/text';

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

export function ProblemList({ problems, label }: { problems: readonly PackProblemPayload[]; label: string }) {
  return (
    <ul class="pack-problems" aria-label={label}>
      {problems.map((p, i) => (
        <li key={i}>
          <code>{p.path}</code> {p.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The pack's text, checked as it is typed by the background's own compiler: every problem by its path, or
 * the pack's name and size. Below it, a sample draft and the pack's findings on it, from the same engine
 * the composers use. The text is a textarea's value and the findings are text nodes: nothing typed here
 * is ever read as HTML.
 */
export function HousePackEditor({ text, onText }: { text: string; onText(text: string): void }) {
  const [draft, setDraft] = useState('');
  const check = useDebounced<PackCheck>(() => (text.trim() ? askBackground({ type: 'house-pack-check', text }) : Promise.resolve(undefined)), [text]);
  const preview = useDebounced<PackPreview>(
    () => (text.trim() && draft.trim() ? askBackground({ type: 'house-pack-preview', pack: text, draft }) : Promise.resolve(undefined)),
    [text, draft],
  );
  return (
    <div class="pack-editor">
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
      <div class="pack-preview" aria-live="polite">
        {preview?.ok === true &&
          (preview.findings.length === 0 ? (
            <p class="note">None of the pack’s rules fire on this post.</p>
          ) : (
            <ul class="setting-list" aria-label="What the pack finds">
              {preview.findings.map((f) => (
                <li key={`${f.key}@${f.start}`} class={`finding ${f.severity}`}>
                  <span class="name">{f.actual.trim() ? `\u201c${clip(f.actual.trim(), 80)}\u201d` : '(the whole post)'}</span>
                  <span class="about">
                    <HouseLabel pack={preview.name} /> {f.message}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  );
}
