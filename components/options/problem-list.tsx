import type { PackProblemPayload } from '@/utils/messages';

/** A pack's problems, each by its path (`rules[3].max`) and in words. */
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
