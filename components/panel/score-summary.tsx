import type { AnalysisPayload } from '@/utils/messages';
import type { PrincipleId } from '@/rules/engine/types';

/** The score, and the one change that would raise it most (the principle costing the most points). */
export function ScoreSummary({ analysis, where, gainId }: { analysis: AnalysisPayload; where: string; gainId?: PrincipleId }) {
  // The background judged which principle would raise the score most; this only finds its title.
  const gain = gainId === undefined ? undefined : analysis.principles.find((p) => p.id === gainId);
  const band = analysis.score >= 80 ? 'high' : analysis.score >= 55 ? 'mid' : 'low';
  return (
    <header class="panel-header">
      <h1>Your draft</h1>
      <div class={`score ${band}`} role="img" aria-label={`Score ${analysis.score} out of 100`}>
        <span aria-hidden="true">{analysis.score}</span>
      </div>
      <p class="where muted">{where}</p>
      <p class="advice">
        {gain ? (
          <>
            Biggest gain: <strong>{gain.title}</strong> (up to +{gain.penalty} points).
          </>
        ) : analysis.findings.length === 0 ? (
          'Every check passes. Nothing to change.'
        ) : (
          'Only small touches left.'
        )}
      </p>
    </header>
  );
}
