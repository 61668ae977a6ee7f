import { useMemo } from 'preact/hooks';
import { plural } from '../shared/text';
import type { DashboardModel } from './dashboard-model';
import { FiguresTable } from './figures-table';
import { TimeChart, type ChartSeries } from './time-chart';

const count = (v: number) => String(Math.round(v));

/** Posts per week, the streak and the longest gaps. */
export function CadenceSection({ model }: { model: DashboardModel }) {
  const { cadence } = model;
  const times = useMemo(() => cadence.weeks.map((w) => Date.parse(`${w.week}T00:00:00Z`) / 1000), [cadence]);
  const series = useMemo<ChartSeries[]>(() => [{ label: 'Posts', values: cadence.weeks.map((w) => w.posts), colour: '--meter', bars: true }], [cadence]);
  const gap = cadence.gaps[0];
  return (
    <section class="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">Posts per week</h2>
      <p>
        {cadence.postsPerWeek} a week on average, {cadence.recentPerWeek} over the last four weeks. Streak:{' '}
        {plural(cadence.current.weeks, 'week')} in a row (longest {cadence.longest.weeks}).
        {gap && ` Longest gap: ${plural(gap.days, 'day')} from ${gap.from}${gap.open ? ', still open' : ` to ${gap.to}`}.`}
      </p>
      <TimeChart label="Posts per week" times={times} series={series} format={count} />
      <FiguresTable caption="Posts per week" head={['Week of', 'Posts']} rows={cadence.weeks.map((w) => [w.week, w.posts])} />
    </section>
  );
}
