import { COUNTABLES } from '@/rules/house/schema';
import { SIGNAL_NAMES } from '@/rules/engine/types';
import { CheckField, FieldRow, LinesField, NumberField, PairsField, SelectField, TextField } from './form-fields';
import { preferParts, whenMode, type WhenMode } from './field-problems';
import { isObject, put, ruleIds, type JsonObject } from './pack-object';

/**
 * The fields of one rule type, as `rules/house/schema.ts` declares them. Each writes through `set`, which
 * changes only its own field of the rule; nested objects (`when`, `count`) are copied with their other
 * fields before one is changed.
 */
export interface RuleFieldsProps {
  rule: JsonObject;
  /** The rule's path in the pack, `rules[3]`. */
  at: string;
  pack: JsonObject;
  set(key: string, value: unknown): void;
  /** Several fields changed at once. */
  update(change: (rule: JsonObject) => void): void;
}

const SIGNAL_HINT = 'Signals run from 0 to 1 (sentiment from -1 to 1).';

/** A copy of a nested object with one field changed. */
function withField(object: unknown, key: string, value: unknown): JsonObject {
  const copy = isObject(object) ? { ...object } : {};
  put(copy, key, value);
  return copy;
}

/** How terms match: shared by avoid and prefer. */
function Matching({ rule, at, set }: RuleFieldsProps) {
  return (
    <>
      <FieldRow>
        <CheckField path={`${at}.ignorecase`} label="Any case" value={rule.ignorecase} fallback={true} onChange={(v) => set('ignorecase', v)} />
        <CheckField path={`${at}.wholeWord`} label="Whole words only" value={rule.wholeWord} fallback={true} onChange={(v) => set('wholeWord', v)} />
        <CheckField path={`${at}.inflections`} label="Also plurals" value={rule.inflections} fallback={true} onChange={(v) => set('inflections', v)} />
        <CheckField path={`${at}.regex`} label="Terms are regular expressions" value={rule.regex} fallback={false} onChange={(v) => set('regex', v)} />
      </FieldRow>
      <Exceptions rule={rule} at={at} set={set} />
    </>
  );
}

function Exceptions({ rule, at, set }: Pick<RuleFieldsProps, 'rule' | 'at' | 'set'>) {
  return (
    <LinesField
      path={`${at}.exceptions`}
      label="Exceptions (optional)"
      hint="One a line: matches containing one of these are left alone."
      value={rule.exceptions}
      optional
      onChange={(v) => set('exceptions', v)}
    />
  );
}

function Avoid(props: RuleFieldsProps) {
  const { rule, at, set } = props;
  return (
    <>
      <LinesField path={`${at}.terms`} label="Words or phrases to avoid" hint="One a line." value={rule.terms} onChange={(v) => set('terms', v)} />
      <Matching {...props} />
    </>
  );
}

function Prefer(props: RuleFieldsProps) {
  const { rule, at, set, update } = props;
  const parts = preferParts(rule);
  // The words carried over from one way to the other: "use" for each of "instead" as pairs, and back.
  const toSwap = () =>
    update((r) => {
      const instead = Array.isArray(r.instead) ? r.instead.map(String) : [];
      const use = typeof r.use === 'string' ? r.use : '';
      r.swap = Object.fromEntries(instead.map((word) => [word, use]));
      delete r.use;
      delete r.instead;
    });
  const toPair = () =>
    update((r) => {
      const swap = isObject(r.swap) ? r.swap : {};
      r.use = String(Object.values(swap)[0] ?? '');
      r.instead = Object.keys(swap);
      delete r.swap;
    });
  return (
    <>
      <div class="choices" role="radiogroup" aria-label="How the house words are given">
        <label>
          <input type="radio" name={`${at}-prefer`} checked={!parts.swap} onChange={toPair} /> One house word for several others
        </label>
        <label>
          <input type="radio" name={`${at}-prefer`} checked={parts.swap && !parts.pair} onChange={toSwap} /> Pairs, each with its own replacement
        </label>
      </div>
      {parts.pair && (
        <>
          <TextField path={`${at}.use`} label="The house word" hint="Offered as a one-click fix." value={rule.use} onChange={(v) => set('use', v)} />
          <LinesField path={`${at}.instead`} label="Instead of" hint="One a line." value={rule.instead} onChange={(v) => set('instead', v)} />
        </>
      )}
      {parts.swap && (
        <PairsField
          path={`${at}.swap`}
          label="Pairs"
          left="Flagged word"
          right="Replacement"
          hint='A replacement "a|b" offers either.'
          value={rule.swap}
          onChange={(v) => set('swap', v)}
        />
      )}
      <Matching {...props} />
    </>
  );
}

/** The signal a rule watches, and its bounds. */
function SignalBounds({ value, at, onChange, bounds }: { value: JsonObject; at: string; onChange(key: string, v: unknown): void; bounds: readonly ('min' | 'max' | 'atLeast')[] }) {
  const labels = { min: 'At least', max: 'At most', atLeast: 'At least' };
  return (
    <FieldRow>
      <SelectField path={`${at}.signal`} label="Signal" hint={SIGNAL_HINT} value={value.signal} choices={SIGNAL_NAMES} onChange={(v) => onChange('signal', v)} />
      {bounds.map((bound) => (
        <NumberField key={bound} path={`${at}.${bound}`} label={labels[bound]} value={value[bound]} min={-1} max={1} step={0.05} onChange={(v) => onChange(bound, v)} />
      ))}
    </FieldRow>
  );
}

function Require({ rule, at, pack, set }: RuleFieldsProps) {
  const mode = whenMode(rule.when);
  const v1 = pack.version === 1;
  const when = isObject(rule.when) ? rule.when : {};
  const others = ruleIds(pack).filter((id) => id !== rule.id);
  const chooseMode = (next: string | undefined) => {
    const chosen = (next ?? 'always') as WhenMode;
    if (chosen === mode) return;
    if (chosen === 'always') set('when', undefined);
    else if (chosen === 'rule') set('when', { rule: others[0] ?? '' });
    else set('when', v1 ? { signal: 'selfPromotion', atLeast: 0.6 } : { signal: 'selfPromotion', min: 0.6 });
  };
  const modes: [string, string][] = [
    ['always', 'Always'],
    ['signal', 'When a signal is in a range'],
    ...(v1 ? [] : ([['rule', 'When another rule fires']] as [string, string][])),
  ];
  const listId = `${at}-rule-ids`.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <>
      <TextField path={`${at}.pattern`} label="The post must contain" hint="A regular expression (RE2), such as #ad\b." code value={rule.pattern} onChange={(v) => set('pattern', v)} />
      <CheckField path={`${at}.ignorecase`} label="Any case" value={rule.ignorecase} fallback={true} onChange={(v) => set('ignorecase', v)} />
      <SelectField path={`${at}.when`} label="When" value={mode} choices={modes} onChange={chooseMode} />
      {mode === 'signal' && (
        <SignalBounds value={when} at={`${at}.when`} bounds={v1 ? ['atLeast'] : ['min', 'max']} onChange={(key, v) => set('when', withField(rule.when, key, v))} />
      )}
      {mode === 'rule' && (
        <>
          <TextField
            path={`${at}.when.rule`}
            label="The rule that fires first"
            hint="A rule of this pack, or a built-in rule, by its id."
            list={listId}
            value={when.rule}
            onChange={(v) => set('when', withField(rule.when, 'rule', v))}
          />
          <datalist id={listId}>
            {others.map((id) => (
              <option key={id} value={id} />
            ))}
          </datalist>
        </>
      )}
      <TextField
        path={`${at}.each`}
        label="For every match of (optional)"
        hint="Instead of once a post: each match must be backed by the pattern, matched on its first group."
        code
        optional
        value={rule.each}
        onChange={(v) => set('each', v)}
      />
      <TextField path={`${at}.append`} label="A fix adds (optional)" hint="Added at the end of the post, such as #ad." optional value={rule.append} onChange={(v) => set('append', v)} />
      <Exceptions rule={rule} at={at} set={set} />
    </>
  );
}

const COUNT_PATTERN = 'pattern';

function Limit({ rule, at, set }: RuleFieldsProps) {
  const count = isObject(rule.count) ? rule.count : undefined;
  return (
    <>
      <FieldRow>
        <SelectField
          path={`${at}.count`}
          label="Count"
          value={count ? COUNT_PATTERN : rule.count}
          choices={[...COUNTABLES, [COUNT_PATTERN, 'matches of a pattern']]}
          onChange={(v) => set('count', v === COUNT_PATTERN ? (count ?? { pattern: '' }) : v)}
        />
        <SelectField
          path={`${at}.per`}
          label="Per"
          value={rule.per === 'post' ? undefined : rule.per}
          none="post"
          choices={['sentence', 'paragraph']}
          onChange={(v) => set('per', v)}
        />
        <NumberField path={`${at}.min`} label="At least" value={rule.min} min={0} step={1} onChange={(v) => set('min', v)} />
        <NumberField path={`${at}.max`} label="At most" value={rule.max} min={0} step={1} onChange={(v) => set('max', v)} />
      </FieldRow>
      {count && (
        <FieldRow>
          <TextField path={`${at}.count.pattern`} label="Pattern to count" hint="A regular expression (RE2)." code value={count.pattern} onChange={(v) => set('count', withField(count, 'pattern', v))} />
          <CheckField path={`${at}.count.ignorecase`} label="Any case" value={count.ignorecase} fallback={false} onChange={(v) => set('count', withField(count, 'ignorecase', v))} />
        </FieldRow>
      )}
    </>
  );
}

function Capitalization({ rule, at, set }: RuleFieldsProps) {
  return (
    <>
      <LinesField path={`${at}.terms`} label="Names as the brand writes them" hint="One a line; any other case is flagged and fixed." value={rule.terms} onChange={(v) => set('terms', v)} />
      <CheckField path={`${at}.inflections`} label="Also plurals" value={rule.inflections} fallback={true} onChange={(v) => set('inflections', v)} />
      <Exceptions rule={rule} at={at} set={set} />
    </>
  );
}

function Pattern({ rule, at, set }: RuleFieldsProps) {
  return (
    <>
      <TextField path={`${at}.pattern`} label="Flag matches of" hint="A regular expression (RE2): no lookahead, no backreferences." code value={rule.pattern} onChange={(v) => set('pattern', v)} />
      <CheckField path={`${at}.ignorecase`} label="Any case" value={rule.ignorecase} fallback={false} onChange={(v) => set('ignorecase', v)} />
      <TextField path={`${at}.replace`} label="Replace with (optional)" hint="Offered as a one-click fix for each match." optional value={rule.replace} onChange={(v) => set('replace', v)} />
      <Exceptions rule={rule} at={at} set={set} />
    </>
  );
}

function Threshold({ rule, at, set }: RuleFieldsProps) {
  return <SignalBounds value={rule} at={at} bounds={['min', 'max']} onChange={set} />;
}

function Repetition({ rule, at, set }: RuleFieldsProps) {
  return (
    <>
      <FieldRow>
        <NumberField path={`${at}.max`} label="Repeats allowed" value={rule.max} min={0} step={1} placeholder="0" onChange={(v) => set('max', v)} />
        <CheckField path={`${at}.ignorecase`} label="Any case" value={rule.ignorecase} fallback={true} onChange={(v) => set('ignorecase', v)} />
        <CheckField path={`${at}.alpha`} label="Only words of letters" value={rule.alpha} fallback={false} onChange={(v) => set('alpha', v)} />
      </FieldRow>
      <LinesField
        path={`${at}.tokens`}
        label="What counts as a word (optional)"
        hint="Regular expressions (RE2), one a line. Default: letters, digits and apostrophes."
        code
        optional
        value={rule.tokens}
        onChange={(v) => set('tokens', v)}
      />
      <Exceptions rule={rule} at={at} set={set} />
    </>
  );
}

/** The type's own fields; nothing for a type the schema does not have (the type field says so). */
export function RuleFields(props: RuleFieldsProps) {
  switch (props.rule.type) {
    case 'avoid':
      return <Avoid {...props} />;
    case 'prefer':
      return <Prefer {...props} />;
    case 'require':
      return <Require {...props} />;
    case 'limit':
      return <Limit {...props} />;
    case 'capitalization':
      return <Capitalization {...props} />;
    case 'pattern':
      return <Pattern {...props} />;
    case 'threshold':
      return <Threshold {...props} />;
    case 'repetition':
      return <Repetition {...props} />;
    default:
      return null;
  }
}
