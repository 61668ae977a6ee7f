import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnalysisPayload, CardAction, FindingPayload, PrincipleResultPayload } from '@/utils/messages';
import { alsoTouches, FindingCard } from '../shared/finding-card';
import { essays, plural } from '../shared/text';

/** Findings shown per principle before "Show all". */
export const FIRST_FINDINGS = 5;

const MARK = { pass: '\u2713', suggestion: 'i', problem: '!', 'not-checked': '\u2013' } as const;

function statusText(p: PrincipleResultPayload): string {
  if (p.status === 'pass') return 'Looks good';
  if (p.status === 'not-checked') return 'Not checked';
  return p.status === 'problem' ? plural(p.count, 'to fix', 'to fix') : plural(p.count, 'suggestion');
}

/**
 * The checklist: every principle a draft shows, in the catalogue's fixed order (so rows never swap places
 * while the user types), each passing or with its findings underneath.
 */
export function Checklist({
  analysis,
  onAct,
}: {
  analysis: AnalysisPayload;
  onAct(action: CardAction, finding: FindingPayload): void;
}) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [showAll, setShowAll] = useState<Record<string, boolean>>({});
  const actedIn = useRef<string | undefined>(undefined);

  // After Ignore, Apply or Turn off, the button pressed is gone: keep the keyboard user in place.
  useLayoutEffect(() => {
    const id = actedIn.current;
    if (!id) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    actedIn.current = undefined;
    const group = document.getElementById(`principle-${id}`);
    const target = group?.querySelector<HTMLElement>('.finding .quote') ?? group?.querySelector<HTMLElement>('.principle-head');
    target?.focus();
  }, [analysis]);

  const act = (action: CardAction, finding: FindingPayload) => {
    if (action !== 'select') actedIn.current = finding.principle;
    onAct(action, finding);
  };

  // A finding merged from several rules is listed under its own principle and under each one its "also"
  // names: those principles are not passed either (rules/engine/score.ts).
  const byPrinciple = new Map<string, FindingPayload[]>();
  for (const f of analysis.findings) {
    for (const id of new Set([f.principle, ...(f.also ?? []).map((a) => a.principle)])) byPrinciple.set(id, [...(byPrinciple.get(id) ?? []), f]);
  }

  return (
    <section class="section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Checklist</h2>
      {analysis.notes.map((note) => (
        <p class="notes" key={note}>
          {note}
        </p>
      ))}
      <ul class="checklist" aria-labelledby="checklist-heading">
        {analysis.principles.map((p) => {
          const findings = byPrinciple.get(p.id) ?? [];
          const open = findings.length > 0 && (expanded[p.id] ?? true);
          const all = showAll[p.id] ?? false;
          const visible = all ? findings : findings.slice(0, FIRST_FINDINGS);
          const bodyId = `principle-body-${p.id}`;
          const head = (
            <>
              <span class="mark" aria-hidden="true">
                {MARK[p.status]}
              </span>
              <span class="title">{p.title}</span>
              <span class="status">
                {statusText(p)}
                {findings.length > 0 && (
                  <span class="chevron" aria-hidden="true">
                    {'\u203a'}
                  </span>
                )}
              </span>
            </>
          );
          return (
            <li key={p.id} id={`principle-${p.id}`} class={`principle ${p.status}`}>
              {findings.length > 0 ? (
                <button
                  type="button"
                  class="principle-head"
                  aria-expanded={open}
                  aria-controls={bodyId}
                  onClick={() => setExpanded({ ...expanded, [p.id]: !open })}
                >
                  {head}
                </button>
              ) : (
                <div class="principle-head">{head}</div>
              )}
              {open && (
                <div class="principle-body" id={bodyId}>
                  <p class="why">
                    {p.why} <span>From {essays(p.source)}.</span>
                  </p>
                  <ul class="findings" aria-label={`${p.title}: findings`}>
                    {visible.map((f) => (
                      <FindingCard key={`${f.key}@${f.start}`} finding={f} onAct={act} also={alsoTouches(f, analysis.principles)} />
                    ))}
                  </ul>
                  {findings.length > visible.length && (
                    <button type="button" class="btn quiet more" onClick={() => setShowAll({ ...showAll, [p.id]: true })}>
                      Show all {findings.length}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
