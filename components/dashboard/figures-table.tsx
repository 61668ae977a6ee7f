import { useState } from 'preact/hooks';
/**
 * The figures of a chart as a table: for screen readers, and for anyone who wants the numbers. Its rows are
 * made when it is first opened: years of weekly rows in every closed table slowed the page's opening.
 */
export function FiguresTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const [opened, setOpened] = useState(false);
  return (
    <details class="figures" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{caption} as a table</summary>
      <table>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {opened && rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th scope="row" key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The last value of each calendar week (UTC Monday), for a table that stays short over years of posts; weeks with none are left out. */
export function lastPerWeek(times: readonly number[], values: readonly (number | null)[]): { week: string; value: number }[] {
  const weeks = new Map<string, number>();
  times.forEach((t, i) => {
    if (values[i] === null || values[i] === undefined) return;
    const day = Math.floor(t / 86_400);
    const monday = (Math.floor((day + 3) / 7) * 7 - 3) * 86_400_000;
    weeks.set(new Date(monday).toISOString().slice(0, 10), values[i] as number);
  });
  return [...weeks].map(([week, value]) => ({ week, value }));
}
