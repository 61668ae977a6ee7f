import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { OBJECTIVES } from '@/rules/engine/types';
import { RATIO_POLICIES, RULE_TYPES, type PackRuleType } from '@/rules/house/schema';
import type { PackProblemPayload } from '@/utils/messages';
import { plural } from '../shared/text';
import { fieldId, FieldRow, FormFrameContext, GroupProblems, NumberField, SelectField, TextField } from './form-fields';
import { formPaths, placeProblems } from './field-problems';
import { isObject, newRule, put, TYPE_LABELS, type JsonObject } from './pack-object';
import { ProblemList } from './problem-list';
import { RuleForm } from './rule-form';

export interface PackFormProps {
  /** The pack's JSON text, parsed. */
  pack: JsonObject;
  /** The background's problems with the text, by path; each shown beside its field. */
  problems: readonly PackProblemPayload[];
  /** The pack after an edit: a changed copy of `pack`, every field the form does not show kept. */
  onPack(pack: JsonObject): void;
}

const RATIO_CHOICES = [...RATIO_POLICIES.map((p) => [p, p] as const), ['custom', 'custom share'] as const];

/**
 * The pack as a form: its own fields, then every rule as a fieldset of its type's fields. Each edit is
 * made on a copy of the parsed pack, so fields the form does not show (`builtins`, `$schema`, fields of
 * the author's own) are carried over as they are. The compiler's problems are shown beside the fields
 * they name; the few that name no field shown are listed at the top.
 */
export function PackForm({ pack, problems, onPack }: PackFormProps) {
  const idPrefix = `pack-form${useId()}`;
  const placed = useMemo(() => placeProblems(problems, formPaths(pack)), [problems, pack]);
  const [adding, setAdding] = useState<PackRuleType>('avoid');
  const [focus, setFocus] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!focus) return;
    const field = document.getElementById(focus);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
    setFocus(undefined);
  }, [focus]);

  const edit = (change: (pack: JsonObject) => void) => {
    const copy = structuredClone(pack);
    change(copy);
    onPack(copy);
  };
  const set = (key: string, value: unknown) => edit((p) => put(p, key, value));

  const ratio = pack.ratio;
  const ratioObject = isObject(ratio) ? ratio : undefined;
  const setRatio = (key: 'policy' | 'window' | 'share', value: unknown) =>
    edit((p) => {
      if (key === 'policy' && value === undefined) return void delete p.ratio;
      const next: JsonObject = isObject(p.ratio) ? { ...p.ratio } : typeof p.ratio === 'string' ? { policy: p.ratio } : {};
      put(next, key, value);
      // Only a custom policy takes a share; a policy alone is written as its name.
      if (key === 'policy' && value !== 'custom') delete next.share;
      const keys = Object.keys(next);
      p.ratio = keys.length === 1 && keys[0] === 'policy' && next.policy !== 'custom' ? next.policy : next;
    });

  const rules = pack.rules;
  const addRule = () => {
    const index = Array.isArray(rules) ? rules.length : 0;
    edit((p) => {
      if (!Array.isArray(p.rules)) p.rules = [];
      (p.rules as unknown[]).push(newRule(adding, p));
    });
    setFocus(fieldId(idPrefix, `rules[${index}].id`));
  };
  const builtins = isObject(pack.builtins) ? Object.keys(pack.builtins).length : 0;

  return (
    <FormFrameContext.Provider value={{ problems: placed.at, idPrefix }}>
      <div class="pack-form">
        {placed.loose.length > 0 && (
          <div class="form-loose" role="group" aria-label="Problems outside the form">
            <p class="bad">These problems are in parts of the pack the form does not show; fix them in the JSON view.</p>
            <ProblemList problems={placed.loose} label="Problems the form does not show beside a field" />
          </div>
        )}
        <FieldRow>
          <TextField path="name" label="Name" hint="Shown to writers, as in “Acme social house style”." value={pack.name} onChange={(v) => set('name', v)} />
          <TextField path="id" label="Id (optional)" hint="Lower-case letters, digits and -; made from the name when empty." optional value={pack.id} onChange={(v) => set('id', v)} />
        </FieldRow>
        <TextField path="description" label="Description (optional)" multiline optional value={pack.description} onChange={(v) => set('description', v)} />
        <TextField path="link" label="Style guide address (optional)" type="url" optional value={pack.link} onChange={(v) => set('link', v)} />
        <FieldRow>
          <SelectField path="objective" label="Objective" hint="What the profile posts for; tunes how strict built-in rules are." value={pack.objective} none="Not set" choices={OBJECTIVES} onChange={(v) => set('objective', v)} />
          <SelectField
            path="ratio"
            label="Self-promotion ratio"
            value={typeof ratio === 'string' ? ratio : ratioObject?.policy}
            none="None"
            choices={RATIO_CHOICES}
            onChange={(v) => setRatio('policy', v)}
          />
          <NumberField path="ratio.window" label="Over the last (posts)" value={ratioObject?.window} min={1} max={1000} step={1} onChange={(v) => setRatio('window', v)} />
          {ratioObject && (ratioObject.policy === 'custom' || ratioObject.share !== undefined) && (
            <NumberField path="ratio.share" label="Largest share that promotes" value={ratioObject.share} min={0} max={1} step={0.05} onChange={(v) => setRatio('share', v)} />
          )}
        </FieldRow>
        <p class="note">
          {builtins > 0
            ? `This pack also sets ${plural(builtins, 'built-in rule')} ("builtins"); the form keeps them as they are: change them in the JSON view.`
            : 'Built-in rules ("builtins": turn one off or change its severity) are set in the JSON view.'}
        </p>

        <section class="pack-rules" data-path="rules" aria-labelledby={`${idPrefix}-rules-title`} aria-describedby={placed.at.has('rules') ? `${fieldId(idPrefix, 'rules')}-problems` : undefined}>
          <h4 id={`${idPrefix}-rules-title`}>{Array.isArray(rules) ? `Rules (${rules.length})` : 'Rules'}</h4>
          <GroupProblems path="rules" />
          {rules !== undefined && !Array.isArray(rules) ? (
            <p class="note">{'"rules" is not a list ([ \u2026 ]); fix it in the JSON view.'}</p>
          ) : (
            <>
              {Array.isArray(rules) && rules.length === 0 && <p class="note">No rules yet: add one below.</p>}
              <ol class="rule-list">
                {(Array.isArray(rules) ? rules : []).map((rule, index, all) => (
                  <li key={index}>
                    <RuleForm rule={rule} index={index} count={all.length} pack={pack} edit={edit} />
                  </li>
                ))}
              </ol>
              <div class="add-rule">
                <label>
                  {'Add a rule: '}
                  <select value={adding} onChange={(e) => setAdding((e.currentTarget as HTMLSelectElement).value as PackRuleType)}>
                    {RULE_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {TYPE_LABELS[type]}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" class="btn" onClick={addRule}>
                  Add rule
                </button>
              </div>
            </>
          )}
        </section>
      </div>
    </FormFrameContext.Provider>
  );
}
