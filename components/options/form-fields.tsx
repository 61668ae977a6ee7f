import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';

/**
 * The pack form's fields, one per kind of value. Each is named by its path in the pack (`rules[3].max`),
 * which gives it its element id and the compiler's problems for it: they are shown right under the field
 * and linked to it with aria-describedby, so a screen reader reads them with the field. Values are shown
 * as input values and text nodes; nothing typed is read as HTML.
 */
export interface FormFrame {
  problems: ReadonlyMap<string, readonly string[]>;
  idPrefix: string;
}

export const FormFrameContext = createContext<FormFrame>({ problems: new Map(), idPrefix: 'pack-form' });

export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function useField(path: string, hint?: string) {
  const { problems, idPrefix } = useContext(FormFrameContext);
  const id = fieldId(idPrefix, path);
  const messages = problems.get(path) ?? [];
  const describedBy = [hint ? `${id}-hint` : '', messages.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined;
  return { id, messages, describedBy, invalid: messages.length > 0 ? ('true' as const) : undefined };
}

/** The field's hint and its problems, under it. */
function Beside({ id, hint, messages }: { id: string; hint?: string; messages: readonly string[] }) {
  return (
    <>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {messages.length > 0 && (
        <ul class="field-problems" id={`${id}-problems`}>
          {messages.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The problems placed on a group (a rule's fieldset, the rule list) rather than one input. */
export function GroupProblems({ path }: { path: string }) {
  const { id, messages } = useField(path);
  return <Beside id={id} messages={messages} />;
}

/** Whether the compiler has a problem for any of these fields. */
export function useHasProblems(paths: readonly string[]): boolean {
  const { problems } = useContext(FormFrameContext);
  return paths.some((path) => problems.has(path));
}

/** The id of a group's problem list, for its fieldset's aria-describedby. */
export function useGroupDescribedBy(path: string): string | undefined {
  return useField(path).describedBy;
}

interface FieldProps<T> {
  path: string;
  label: string;
  value: unknown;
  onChange(value: T): void;
  hint?: string;
}

/**
 * A value typed as text that is stored as something else (a number, a list): what was typed is kept
 * while it still reads as the stored value, so "0." or a new empty line survives the round trip through
 * the JSON; when the value changes elsewhere (the JSON view, a move), the field shows the new value.
 */
function useDraft<T>(value: unknown, format: (value: unknown) => string, parse: (text: string) => T, same: (a: T, value: unknown) => boolean) {
  const [draft, setDraft] = useState(() => format(value));
  return [same(parse(draft), value) ? draft : format(value), setDraft] as const;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));

export function TextField({
  path,
  label,
  value,
  onChange,
  hint,
  optional = false,
  multiline = false,
  code = false,
  type = 'text',
  placeholder,
  list,
}: FieldProps<string | undefined> & { optional?: boolean; multiline?: boolean; code?: boolean; type?: 'text' | 'url'; placeholder?: string; list?: string }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const changed = (text: string) => onChange(optional && text === '' ? undefined : text);
  const common = { id, value: asText(value), placeholder, 'aria-describedby': describedBy, 'aria-invalid': invalid, class: code ? 'code' : undefined, spellcheck: !code };
  return (
    <div class="field" data-path={path}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onInput={(e) => changed((e.currentTarget as HTMLTextAreaElement).value)} />
      ) : (
        <input {...common} type={type} list={list} onInput={(e) => changed((e.currentTarget as HTMLInputElement).value)} />
      )}
      <Beside id={id} hint={hint} messages={messages} />
    </div>
  );
}

export function NumberField({ path, label, value, onChange, hint, min, max, step, placeholder }: FieldProps<number | undefined> & { min?: number; max?: number; step?: number; placeholder?: string }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const parse = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
  const [shown, setDraft] = useDraft(value, (v) => (v === undefined ? '' : typeof v === 'number' ? String(v) : asText(v)), parse, (a, v) => a === v);
  return (
    <div class="field number" data-path={path}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={shown}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          setDraft(text);
          onChange(parse(text));
        }}
      />
      <Beside id={id} hint={hint} messages={messages} />
    </div>
  );
}

export type Choice = string | readonly [value: string, label: string];

/** A choice from a list; `none` names the empty choice, which removes the field. A value not in the list is shown as not valid. */
export function SelectField({ path, label, value, onChange, hint, choices, none }: FieldProps<string | undefined> & { choices: readonly Choice[]; none?: string }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const options = choices.map((c) => (typeof c === 'string' ? ([c, c] as const) : c));
  const current = value === undefined ? '' : asText(value);
  const unknown = value !== undefined && !options.some(([v]) => v === current);
  return (
    <div class="field" data-path={path}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={current}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(e) => {
          const chosen = (e.currentTarget as HTMLSelectElement).value;
          onChange(chosen === '' ? undefined : chosen);
        }}
      >
        {(none !== undefined || value === undefined) && <option value="">{none ?? 'Choose\u2026'}</option>}
        {unknown && <option value={current}>{`${current} (not valid)`}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <Beside id={id} hint={hint} messages={messages} />
    </div>
  );
}

/** A true-or-false field with a default: set back to the default, the field is removed. */
export function CheckField({ path, label, value, onChange, hint, fallback }: FieldProps<boolean | undefined> & { fallback: boolean }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const checked = typeof value === 'boolean' ? value : fallback;
  return (
    <div class="field check" data-path={path}>
      <label>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            const now = (e.currentTarget as HTMLInputElement).checked;
            onChange(now === fallback ? undefined : now);
          }}
        />{' '}
        {label}
      </label>
      <Beside id={id} hint={hint} messages={messages} />
    </div>
  );
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const listOf = (value: unknown) => (Array.isArray(value) ? value.map(asText) : []);

/** A list of terms or patterns, one a line; blank lines are left out. An empty optional list removes the field. */
export function LinesField({ path, label, value, onChange, hint, optional = false, code = false }: FieldProps<string[] | undefined> & { optional?: boolean; code?: boolean }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const [shown, setDraft] = useDraft(
    value,
    (v) => (Array.isArray(v) ? listOf(v).join('\n') : asText(v)),
    toLines,
    (lines, v) => JSON.stringify(lines) === JSON.stringify(listOf(v)),
  );
  const rows = Math.min(8, Math.max(optional ? 2 : 3, shown.split('\n').length + 1));
  return (
    <div class="field" data-path={path}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={shown}
        class={code ? 'code' : undefined}
        spellcheck={false}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLTextAreaElement).value;
          setDraft(text);
          const lines = toLines(text);
          onChange(lines.length === 0 && optional ? undefined : lines);
        }}
      />
      <Beside id={id} hint={hint} messages={messages} />
    </div>
  );
}

/** Several of a list at once, as checkboxes; none chosen removes the field. */
export function ChecksField({ path, label, value, onChange, hint, choices }: FieldProps<string[] | undefined> & { choices: readonly (readonly [value: string, label: string])[] }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const chosen = listOf(value);
  const toggle = (choice: string, on: boolean) => {
    const next = on ? [...chosen, choice] : chosen.filter((c) => c !== choice);
    // In the list's own order, with any value the list does not know kept at the end.
    const ordered = [...choices.map(([v]) => v).filter((v) => next.includes(v)), ...next.filter((v) => !choices.some(([c]) => c === v))];
    onChange(ordered.length > 0 ? ordered : undefined);
  };
  return (
    <fieldset class="field checks" data-path={path} id={id} aria-describedby={describedBy} aria-invalid={invalid}>
      <legend>{label}</legend>
      <div class="choices">
        {choices.map(([v, text]) => (
          <label key={v}>
            <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => toggle(v, (e.currentTarget as HTMLInputElement).checked)} /> {text}
          </label>
        ))}
      </div>
      <Beside id={id} hint={hint} messages={messages} />
    </fieldset>
  );
}

type Pair = readonly [string, string];
const pairsOf = (value: unknown): Pair[] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, v]) => [k, asText(v)] as const) : []);
const recordOf = (pairs: readonly Pair[]) => Object.fromEntries(pairs.filter(([k]) => k.trim() !== '').map(([k, v]) => [k.trim(), v.trim()]));

/** An object of pairs (`swap`): a word and its replacement a row. Rows without a word are left out. */
export function PairsField({ path, label, value, onChange, hint, left, right }: FieldProps<Record<string, string>> & { left: string; right: string }) {
  const { id, messages, describedBy, invalid } = useField(path, hint);
  const [draft, setDraft] = useState<Pair[]>(() => pairsOf(value));
  const rows = JSON.stringify(recordOf(draft)) === JSON.stringify(Object.fromEntries(pairsOf(value))) ? draft : pairsOf(value);
  const change = (next: Pair[]) => {
    setDraft(next);
    onChange(recordOf(next));
  };
  return (
    <fieldset class="field pairs" data-path={path} id={id} aria-describedby={describedBy} aria-invalid={invalid}>
      <legend>{label}</legend>
      {rows.map(([word, replacement], i) => (
        <div class="pair" key={i}>
          <input aria-label={`${left} ${i + 1}`} value={word} onInput={(e) => change(rows.map((r, j) => (j === i ? [(e.currentTarget as HTMLInputElement).value, r[1]] : r)))} />
          <span aria-hidden="true">{'\u2192'}</span>
          <input aria-label={`${right} ${i + 1}`} value={replacement} onInput={(e) => change(rows.map((r, j) => (j === i ? [r[0], (e.currentTarget as HTMLInputElement).value] : r)))} />
          <button type="button" class="btn small" aria-label={`Remove pair ${i + 1}`} onClick={() => change(rows.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" class="btn small" onClick={() => setDraft([...rows, ['', '']])}>
        Add a pair
      </button>
      <Beside id={id} hint={hint} messages={messages} />
    </fieldset>
  );
}

/** A row of fields side by side (numbers, short choices). */
export function FieldRow({ children }: { children: ComponentChildren }) {
  return <div class="field-row">{children}</div>;
}
