import type { AnalysisPayload } from '@/utils/messages';
import type { PostKind, PrincipleId } from '@/rules/engine/types';

/** What each kind means for the person whose ratio it joins. */
const KIND_WORDS: Record<PostKind, string> = {
  promotion: 'promotion',
  conversation: 'conversation',
  value: 'something useful (value)',
  other: 'neither promotion nor conversation',
};

/** The score, and the one change that would raise it most (the principle costing the most points). */
export function ScoreSummary({ analysis, where, gainId }: { analysis: AnalysisPayload; where: string; gainId?: PrincipleId }) {
  // The background judged which principle would raise the score most; this only finds its title.
  const gain = gainId === undefined ? undefined : analysis.principles.find((p) => p.id === gainId);
  const { score } = analysis;
  const band = score === null ? 'none' : score >= 80 ? 'high' : score >= 55 ? 'mid' : 'low';
  const unchecked = analysis.principles.some((p) => p.status === 'not-checked');
  return (
    <header class="panel-header">
      <h1>Your draft</h1>
      <div class={`score ${band}`} role="img" aria-label={score === null ? 'Not scored' : `Score ${score} out of 100`}>
        <span aria-hidden="true">{score ?? '\u2013'}</span>
      </div>
      <p class="where muted">{where}</p>
      <p class="advice">
        {score === null ? (
          'Not scored: most checks did not run on this draft (see the checklist).'
        ) : gain ? (
          <>
            Biggest gain: <strong>{gain.title}</strong> (up to +{gain.penalty} points).
          </>
        ) : analysis.findings.length === 0 && !unchecked ? (
          'Every check passes. Nothing to change.'
        ) : analysis.findings.length === 0 ? (
          'Every check that ran passes.'
        ) : (
          'Only small touches left.'
        )}
      </p>
      {score !== null && (
        <p class="kind-line muted" data-testid="panel-kind">
          In your self-promotion ratio, this post counts as <strong>{KIND_WORDS[analysis.kind.kind]}</strong>.
        </p>
      )}
    </header>
  );
}
