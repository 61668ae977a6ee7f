import { PRINCIPLES } from '@/rules/principles';
import { percent, type DashboardModel } from './dashboard-model';

/** Each principle's share of posts with findings, then and now; the findings that recur; what improved. */
export function TrendsSection({ model }: { model: DashboardModel }) {
  const { trends, recurring, changes } = model;
  const name = (id: string) => (id === 'promotion' ? 'Self-promotion' : (PRINCIPLES[id as keyof typeof PRINCIPLES]?.title ?? id));
  return (
    <section class="card" aria-labelledby="trends-title">
      <h2 id="trends-title">Principles over time</h2>
      {trends.principles.length === 0 ? (
        <p class="muted">
          {trends.periods.some((p) => p.posts > 0)
            ? 'No findings in these posts.'
            : 'No posts written with Rapport yet: imported posts count in the ratio and the cadence, not here.'}
        </p>
      ) : (
        <table class="trends">
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Posts with findings</th>
              <th scope="col">Latest week</th>
            </tr>
          </thead>
          <tbody>
            {trends.principles.map((p) => (
              <tr key={p.id}>
                <th scope="row">{name(p.id)}</th>
                <td>
                  {percent(p.share)} <span class="muted">({p.posts})</span>
                </td>
                <td>{percent(latest(p.shares))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.improved.length > 0 && (
        <p data-testid="improved">
          Improved over the last {changes.days} days: {changes.improved.map((c) => `${name(c.what)} (${percent(c.before)} to ${percent(c.after)})`).join(', ')}.
        </p>
      )}
      {changes.worse.length > 0 && (
        <p>
          Worse over the last {changes.days} days: {changes.worse.map((c) => `${name(c.what)} (${percent(c.before)} to ${percent(c.after)})`).join(', ')}.
        </p>
      )}
      {recurring.length > 0 && (
        <>
          <h3>Findings that recur most</h3>
          <ol class="recurring">
            {recurring.map((r) => (
              <li key={r.ruleId}>
                <code>{r.ruleId}</code>: in {r.posts} posts ({percent(r.share)})
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function latest(shares: readonly (number | null)[]): number | null {
  for (let i = shares.length - 1; i >= 0; i--) if (shares[i] !== null) return shares[i] as number;
  return null;
}
