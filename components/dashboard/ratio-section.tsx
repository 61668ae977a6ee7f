import { useMemo } from 'preact/hooks';
import { plural } from '../shared/text';
import { percent, type DashboardModel } from './dashboard-model';
import { FiguresTable, lastPerWeek } from './figures-table';
import { TimeChart, type ChartSeries } from './time-chart';

const asPercent = (v: number) => `${Math.round(v * 100)}%`;
const RANGE: [number, number] = [0, 1];

/** The self-promotion share of the recent window and over time, against the policy's line. */
export function RatioSection({ model }: { model: DashboardModel }) {
  const { ratio, policy, series } = model;
  const recent = ratio.recent;
  const chart = useMemo<ChartSeries[]>(
    () => [
      { label: `Promotion, last ${policy.window} posts`, values: series.shares, colour: '--accent' },
      { label: `${policy.label} limit`, values: series.shares.map(() => policy.share), colour: '--meter-over', dash: [6, 4] },
    ],
    [series, policy],
  );
  const over = recent?.over ?? false;
  return (
    <section class="card" aria-labelledby="ratio-title">
      <h2 id="ratio-title">Self-promotion</h2>
      {recent && (
        <p class={`ratio-line ${over ? 'over' : 'within'}`} data-testid="ratio">
          <strong>
            {recent.promotions} of your last {plural(recent.posts, 'post')}
          </strong>{' '}
          {recent.promotions === 1 ? 'promotes' : 'promote'} ({percent(recent.share)}):{' '}
          {over ? `over ${policy.label}, which allows ${policy.allowed} in ${policy.window}` : `within ${policy.label} (${policy.allowed} in ${policy.window} allowed)`}.
        </p>
      )}
      <p class="muted">
        All time: {ratio.promotions} of {plural(ratio.posts, 'post')} ({percent(ratio.share)}).
      </p>
      <TimeChart label={`Share of promotion over the last ${policy.window} posts, over time, against the ${policy.label} limit`} times={series.times} series={chart} range={RANGE} format={asPercent} />
      <FiguresTable
        caption="Share of promotion by week"
        head={['Week of', `Last ${policy.window} posts`]}
        rows={lastPerWeek(series.times, series.shares).map((r) => [r.week, asPercent(r.value)])}
      />
    </section>
  );
}
