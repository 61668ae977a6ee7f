import { useRef, useState } from 'preact/hooks';
import { PlatformSelect } from '../shared/platform-select';
import type { PlatformId } from '@/platforms/types';
import type { CardAction, FindingPayload } from '@/utils/messages';
import { alsoTouches, FindingCard } from '../shared/finding-card';
import { plural } from '../shared/text';
import { useSampleCoaching } from './use-sample-coaching';

/** A draft that shows several kinds of advice at once, for "Try an example". */
export const SAMPLE_DRAFT = 'WE ARE SO EXCITED to announce our new app!!! Buy it now, link in bio.';

/**
 * A post box on the welcome page: the user types and sees Rapport's advice as they would beside a real
 * composer. Apply and Show act on this box; Ignore and Turn off only hide the advice here, so trying them
 * on the sample changes nothing in the user's settings.
 */
export function SampleComposer() {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('linkedin');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const box = useRef<HTMLTextAreaElement>(null);
  const { result, unreachable } = useSampleCoaching(text, platform);
  const findings = result && result.text === text ? result.analysis.findings.filter((f) => !hidden.has(f.key) && !hidden.has(f.ruleId)) : [];

  const act = (action: CardAction, finding: FindingPayload) => {
    const area = box.current;
    if (action === 'apply') {
      const fix = finding.fixes?.[0];
      // Only onto the text the advice was given for: a fix's offsets mean nothing in another draft.
      if (!fix || !result || result.text !== text) return;
      setText(text.slice(0, fix.start) + fix.text + text.slice(fix.end));
      area?.focus();
    } else if (action === 'select') {
      area?.focus();
      area?.setSelectionRange(finding.start, finding.end);
    } else {
      setHidden(new Set([...hidden, action === 'ignore' ? finding.key : finding.ruleId]));
    }
  };

  return (
    <section class="welcome-section sample" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Try it here</h2>
      <p class="muted">
        Write a post as you would on a social site. Rapport checks it as you type, with the same engine it uses beside a
        real post box.
      </p>
      <div class="sample-controls">
        <label>
          Writing for{' '}
          <PlatformSelect value={platform} onChange={setPlatform} />
        </label>
        <button type="button" class="btn" onClick={() => setText(SAMPLE_DRAFT)}>
          Try an example
        </button>
      </div>
      <textarea
        ref={box}
        class="sample-box"
        aria-label="Sample post"
        placeholder="Write a post…"
        rows={5}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="sample-result" aria-live="polite">
        {unreachable && <p class="note">Rapport’s engine did not answer. Reload this page to try again.</p>}
        {result && result.text === text && (
          <p class="sample-score">
            {sampleSummary(result.analysis.score, findings.length)}
          </p>
        )}
        {findings.length > 0 && (
          <ul class="findings" aria-label="Suggestions for the sample post">
            {findings.map((finding) => (
              <FindingCard key={`${finding.key}@${finding.start}`} finding={finding} onAct={act} also={alsoTouches(finding, result?.analysis.principles ?? [])} />
            ))}
          </ul>
        )}
        {hidden.size > 0 && <p class="note">Ignore and Turn off only hide advice on this sample; your settings are unchanged.</p>}
      </div>
    </section>
  );
}

/** One line over the sample's suggestions; a draft that was not scored never reads as a good one. */
function sampleSummary(score: number | null, count: number): string {
  if (score === null) return count === 0 ? 'Not scored: most checks cannot read this draft.' : `Not scored · ${plural(count, 'suggestion')}`;
  return count === 0 ? 'Nothing to change: this reads well.' : `Score ${score} · ${plural(count, 'suggestion')}`;
}
