import type { Strength } from '@/utils/messages';

/** What the draft already does well, so the panel is not only a list of faults. */
export function StrengthsList({ strengths }: { strengths: readonly Strength[] }) {
  return (
    <section class="section" aria-labelledby="strengths-heading">
      <h2 id="strengths-heading">Doing well</h2>
      {strengths.length === 0 ? (
        <p class="note">Strengths show up here as the draft takes shape: a question for readers, thanks, something useful.</p>
      ) : (
        <ul class="strengths">
          {strengths.map((s) => (
            <li key={s.label}>
              <span class="tick" aria-hidden="true">
                {'\u2713'}
              </span>
              <span class="label">{s.label}</span>
              <span class="detail">{s.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
