import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlatformId } from '@/platforms/types';
import type { AnalysisPayload } from '@/utils/messages';
import { askBackground } from '../shared/ask-background';

/** The sample composer's id in the background's messages (one per page: the page has one composer). */
export const SAMPLE_COMPOSER_ID = 'welcome-sample';

/** A pause this long in the typing, and the draft is checked (the content script's pace on a real site). */
export const SAMPLE_DEBOUNCE_MS = 120;

export interface SampleResult {
  /** The text this analysis is of: a fix is applied only while the draft still reads so. */
  text: string;
  analysis: AnalysisPayload;
}

/**
 * Checks the sample draft the way a composer on a real site is checked: an `analyze` message to the
 * background, whose engine and settings answer it. Answers for an older revision are dropped, so a slow
 * answer never overwrites a newer one. An empty draft shows nothing.
 */
export function useSampleCoaching(text: string, platform: PlatformId): { result?: SampleResult; unreachable: boolean } {
  const [result, setResult] = useState<SampleResult | undefined>(undefined);
  const [unreachable, setUnreachable] = useState(false);
  const revision = useRef(0);
  useEffect(() => {
    const mine = ++revision.current;
    if (!text.trim()) {
      setResult(undefined);
      return;
    }
    const timer = setTimeout(() => {
      void askBackground({ type: 'analyze', composerId: SAMPLE_COMPOSER_ID, revision: mine, platform, text }).then((answer) => {
        if (mine !== revision.current) return;
        setUnreachable(!answer);
        if (answer) setResult({ text, analysis: answer.analysis });
      });
    }, SAMPLE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, platform]);
  return { result, unreachable };
}
