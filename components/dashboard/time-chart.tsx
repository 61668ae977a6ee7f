import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line (or bars) of a time chart; `colour` names a theme variable, so light and dark both read. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  bars?: boolean;
  dash?: number[];
}

export interface TimeChartProps {
  /** Names the chart for screen readers; the same figures are in the table beside it. */
  label: string;
  /** Seconds since the epoch. */
  times: number[];
  series: ChartSeries[];
  /** The value axis's range; the data's when absent. */
  range?: [number, number];
  format(value: number): string;
  height?: number;
}

/**
 * A uPlot chart (canvas: fast with tens of thousands of points) that follows its box's width and the
 * page's theme. Drawing is best effort: where a canvas cannot be had, the table beside it still says it all.
 */
export function TimeChart({ label, times, series, range, format, height = 180 }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    // No canvas (a test page without one): the table beside the chart carries the figures.
    if (!el || times.length === 0 || !canDraw()) return;
    let plot: uPlot | undefined;
    const draw = () => {
      plot?.destroy();
      const colour = resolveColours(el, ['--muted', '--border', '--border-soft', ...series.map((s) => s.colour)]);
      const axis = { stroke: colour('--muted'), grid: { stroke: colour('--border-soft'), width: 1 }, ticks: { stroke: colour('--border'), width: 1 } };
      plot = new uPlot(
          {
            width: Math.max(200, el.clientWidth),
            height,
            legend: { show: series.length > 1 },
            cursor: { drag: { x: false, y: false } },
            scales: { x: { time: true }, y: range ? { range } : {} },
            axes: [axis, { ...axis, values: (_u, ticks) => ticks.map(format), size: 48 }],
            series: [
              {},
              ...series.map((s) => ({
                label: s.label,
                stroke: colour(s.colour),
                width: s.bars ? 0 : 2,
                ...(s.bars ? { fill: colour(s.colour), paths: uPlot.paths.bars?.({ size: [0.8, 40] }) } : {}),
                ...(s.dash ? { dash: s.dash } : {}),
                points: { show: false },
                value: (_u: uPlot, v: number | null) => (v === null ? '\u2013' : format(v)),
              })),
            ],
          },
          [times, ...series.map((s) => s.values)] as uPlot.AlignedData,
          el,
        );
    };
    draw();
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    // Redraw when the theme changes: the browser's, or the one chosen in the options (data-theme).
    const theme = matchMedia('(prefers-color-scheme: dark)');
    theme.addEventListener('change', draw);
    const chosen = new MutationObserver(draw);
    chosen.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      resize.disconnect();
      chosen.disconnect();
      theme.removeEventListener('change', draw);
      plot?.destroy();
    };
  }, [times, series, range, format, height]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}

/**
 * Theme variables as the colours they are now. The variables hold `light-dark(…)`, which only an element can
 * resolve, so a hidden probe inside the chart's box takes the colour and the computed style gives it back.
 */
function resolveColours(box: HTMLElement, names: readonly string[]): (name: string) => string {
  const probe = document.createElement('span');
  probe.hidden = true;
  box.append(probe);
  const resolved = new Map<string, string>();
  for (const name of names) {
    probe.style.color = `var(${name})`;
    resolved.set(name, getComputedStyle(probe).color || 'currentColor');
  }
  probe.remove();
  return (name) => resolved.get(name) ?? 'currentColor';
}

function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}
