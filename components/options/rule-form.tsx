import { PLATFORMS } from '@/platforms/index';
import { PLATFORM_IDS, PRINCIPLE_IDS } from '@/rules/engine/types';
import { RULE_TYPES } from '@/rules/house/schema';
import { useEffect, useState } from 'preact/hooks';
import { clip } from '../shared/text';
import { CheckField, ChecksField, FieldRow, GroupProblems, SelectField, TextField, useGroupDescribedBy, useHasProblems } from './form-fields';
import { changeType, isObject, isRuleType, put, TYPE_LABELS, type JsonObject } from './pack-object';
import { RuleFields } from './rule-fields';

export interface RuleFormProps {
  rule: unknown;
  index: number;
  /** How many rules the pack has, for the move buttons. */
  count: number;
  pack: JsonObject;
  /** Changes the pack (a copy, written back as the JSON text). */
  edit(change: (pack: JsonObject) => void): void;
}

const SEVERITIES = [
  ['suggestion', 'Suggestion'],
  ['warning', 'Warning'],
  ['error', 'Error'],
] as const;
const PLATFORM_CHOICES = PLATFORM_IDS.map((id) => [id, PLATFORMS[id].name] as const);
const TYPE_CHOICES = RULE_TYPES.map((type) => [type, TYPE_LABELS[type]] as const);

/** One rule of the pack as a fieldset: the fields every rule has, its type's own, and buttons to move or remove it. */
export function RuleForm({ rule, index, count, pack, edit }: RuleFormProps) {
  const at = `rules[${index}]`;
  const describedBy = useGroupDescribedBy(at);
  const rules = (p: JsonObject) => (Array.isArray(p.rules) ? p.rules : []);
  const update = (change: (rule: JsonObject) => void) =>
    edit((p) => {
      const target = rules(p)[index];
      if (isObject(target)) change(target);
    });
  const set = (key: string, value: unknown) => update((r) => put(r, key, value));
  const moveTo = (to: number) =>
    edit((p) => {
      const list = rules(p);
      const [moved] = list.splice(index, 1);
      list.splice(to, 0, moved);
    });
  const remove = () => edit((p) => void rules(p).splice(index, 1));
  const id = isObject(rule) && typeof rule.id === 'string' && rule.id ? rule.id : undefined;
  // The less used fields start folded, unless the rule uses them; a problem in one unfolds them.
  const more = isObject(rule) && (rule.description !== undefined || rule.link !== undefined || rule.principle !== undefined);
  const [unfolded, setUnfolded] = useState(more);
  const moreProblems = useHasProblems([`${at}.description`, `${at}.link`, `${at}.principle`]);
  useEffect(() => {
    if (moreProblems) setUnfolded(true);
  }, [moreProblems]);
  const name = id ? `rule ${index + 1} (${clip(id, 40)})` : `rule ${index + 1}`;

  return (
    <fieldset class="rule-form" aria-describedby={describedBy} data-path={at}>
      <legend>{id ? `${index + 1}. ${clip(id, 60)}` : `Rule ${index + 1}`}</legend>
      <div class="rule-actions">
        <button type="button" class="btn small" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => moveTo(index - 1)}>
          Up
        </button>
        <button type="button" class="btn small" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => moveTo(index + 1)}>
          Down
        </button>
        <button type="button" class="btn small" aria-label={`Remove ${name}`} onClick={remove}>
          Remove
        </button>
      </div>
      <GroupProblems path={at} />
      {!isObject(rule) ? (
        <p class="note">This rule is not an object ({'{ \u2026 }'}); fix it in the JSON view, or remove it.</p>
      ) : (
        <>
          <FieldRow>
            <TextField path={`${at}.id`} label="Id" hint="Unique in the pack: letters, digits, dots, dashes and underscores." value={rule.id} onChange={(v) => set('id', v)} />
            <SelectField
              path={`${at}.type`}
              label="Type"
              value={rule.type}
              choices={TYPE_CHOICES}
              onChange={(type) =>
                isRuleType(type) &&
                edit((p) => {
                  const target = rules(p)[index];
                  if (isObject(target)) rules(p)[index] = changeType(target, type, p);
                })
              }
            />
            <SelectField path={`${at}.severity`} label="Severity" value={rule.severity} none="Warning (default)" choices={SEVERITIES} onChange={(v) => set('severity', v)} />
          </FieldRow>
          <TextField
            path={`${at}.message`}
            label="Message (optional)"
            hint="What the writer sees. {actual} is the flagged text; prefer and capitalization add {expected}."
            optional
            value={rule.message}
            onChange={(v) => set('message', v)}
          />
          <RuleFields rule={rule} at={at} pack={pack} set={set} update={update} />
          <ChecksField path={`${at}.platforms`} label="Only on (none chosen: every platform)" value={rule.platforms} choices={PLATFORM_CHOICES} onChange={(v) => set('platforms', v)} />
          <CheckField
            path={`${at}.enabled`}
            label="On"
            hint="Off keeps the rule in the pack, turned off; a writer can turn it on."
            value={rule.enabled}
            fallback={true}
            onChange={(v) => set('enabled', v)}
          />
          <details class="rule-more" open={unfolded} onToggle={(e) => setUnfolded((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>Description, link and principle</summary>
            <TextField path={`${at}.description`} label="Why the rule exists (optional)" multiline optional value={rule.description} onChange={(v) => set('description', v)} />
            <TextField path={`${at}.link`} label="Where the style guide explains it (optional)" type="url" optional value={rule.link} onChange={(v) => set('link', v)} />
            <SelectField path={`${at}.principle`} label="Principle" value={rule.principle} none="The type's own (default)" choices={PRINCIPLE_IDS} onChange={(v) => set('principle', v)} />
          </details>
        </>
      )}
    </fieldset>
  );
}
