// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHECK_DELAY_MS, HousePackEditor } from '../../../components/options/house-pack-editor';
import { createEngineHost } from '../../../entrypoints/background/engine-host';
import { checkPackText } from '../../../entrypoints/background/house-packs';
import { RULE_TYPES } from '../../../rules/house/schema';
import { byText, click, mount } from '../render';

async function settle(ms = CHECK_DELAY_MS + 50): Promise<void> {
  for (let i = 0; i < 4; i++) await act(() => new Promise((done) => setTimeout(done, ms / 4)));
}

function type(field: Element | null, value: string): void {
  if (!field) throw new Error('no field to type in');
  act(() => {
    (field as HTMLInputElement).value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: Element | null, value: string): void {
  if (!select) throw new Error('no select');
  act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The editor as house-packs.tsx holds it: the text in state, every text passed to onText recorded. */
function open(initial: string) {
  const written: string[] = [];
  function Holder() {
    const [text, setText] = useState(initial);
    return (
      <HousePackEditor
        text={text}
        onText={(next) => {
          written.push(next);
          setText(next);
        }}
      />
    );
  }
  const root = mount(<Holder />);
  const last = () => JSON.parse(written.at(-1) ?? initial) as Record<string, any>;
  const toForm = () => click(byText(root, '.view-switch button', 'Form'));
  const field = (path: string, control = 'input, select, textarea') => root.querySelector(`[data-path="${path}"]`)?.querySelector(control) ?? null;
  return { root, written, last, toForm, field };
}

beforeEach(() => {
  fakeBrowser.reset();
  const handle = createEngineHost();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
});

const PACK = {
  $schema: '../../schemas/house-pack.schema.json',
  name: 'Acme house style',
  version: 2,
  'x-owner': 'brand team',
  rules: [{ id: 'rivals', type: 'avoid', terms: ['Globex'], regex: false, message: 'Do not name rivals.', 'x-note': 'kept' }],
  builtins: { shouting: 'suggestion' },
};

describe('the house pack editor: JSON or form', () => {
  it('opens on the JSON view, and switching views keeps the text as it was', async () => {
    const text = '{ "name": "Acme",\n  "rules": [] }';
    const { root, written, toForm } = open(text);
    expect(root.querySelector('textarea')!.value).toBe(text);
    toForm();
    expect(root.querySelector('[data-path="name"] input')).not.toBeNull();
    click(byText(root, '.view-switch button', 'JSON'));
    expect(root.querySelector('textarea')!.value).toBe(text);
    expect(written).toEqual([]);
  });

  it('writes a form edit back as the whole JSON, keeping every field the form does not show', async () => {
    const { last, toForm, field, written } = open(JSON.stringify(PACK));
    toForm();
    type(field('name'), 'Acme social style');
    expect(written.at(-1)).toBe(JSON.stringify({ ...PACK, name: 'Acme social style' }, null, 2));

    type(field('rules[0].terms'), 'Globex\nInitech\n\n');
    expect(last().rules[0]).toEqual({ ...PACK.rules[0], terms: ['Globex', 'Initech'] });
    // The blank line being typed stays in the field while the JSON holds the two terms.
    expect((field('rules[0].terms') as HTMLTextAreaElement).value).toBe('Globex\nInitech\n\n');

    click(field('rules[0].wholeWord', 'input[type="checkbox"]'));
    choose(field('rules[0].severity'), 'error');
    choose(field('objective'), 'community');
    const pack = last();
    expect(pack.rules[0]).toMatchObject({ wholeWord: false, severity: 'error', 'x-note': 'kept' });
    expect(pack.objective).toBe('community');
    expect(pack.$schema).toBe(PACK.$schema);
    expect(pack['x-owner']).toBe('brand team');
    expect(pack.builtins).toEqual(PACK.builtins);
    expect(Object.keys(pack).slice(0, 4)).toEqual(['$schema', 'name', 'version', 'x-owner']);
  });

  it('says the JSON must be fixed first when it does not parse as an object, and offers the JSON view', () => {
    for (const text of ['{ "name": "Acme", ', '["a list"]']) {
      const { root, toForm, written } = open(text);
      toForm();
      expect(root.querySelector('.form-blocked')?.textContent).toContain('Fix the JSON first');
      click(byText(root, '.form-blocked button', 'Edit the JSON'));
      expect(root.querySelector('textarea')!.value).toBe(text);
      expect(written).toEqual([]);
    }
  });

  it('starts a new pack from an empty editor', async () => {
    const { root, toForm, last } = open('');
    toForm();
    click(byText(root, 'button', 'Start a new pack'));
    expect(last()).toMatchObject({ rules: [] });
    await settle();
    expect(root.textContent).toContain('loads: 0 rules');
  });

  it('adds a rule of every type, each with its own id, and the background compiles the pack without a problem', async () => {
    for (const version of [2, 1]) {
      const { root, toForm, last, written } = open(JSON.stringify({ name: 'Acme', version, rules: [] }));
      toForm();
      for (const type of RULE_TYPES) {
        choose(root.querySelector('.add-rule select'), type);
        click(byText(root, '.add-rule button', 'Add rule'));
      }
      const pack = last();
      expect(pack.rules.map((r: { type: string }) => r.type)).toEqual([...RULE_TYPES]);
      expect(new Set(pack.rules.map((r: { id: string }) => r.id)).size).toBe(RULE_TYPES.length);
      expect(checkPackText(written.at(-1)!)).toEqual({ ok: true, name: 'Acme', rules: RULE_TYPES.length });
      await settle();
      expect(root.textContent).toContain(`\u201cAcme\u201d loads: ${RULE_TYPES.length} rules.`);
      expect(root.querySelector('.field-problems')).toBeNull();
      // Every new rule has its type's own fields in the form.
      expect(root.querySelector('[data-path="rules[3].count"] select')).not.toBeNull();
      expect(root.querySelector(`[data-path="rules[2].when.${version === 1 ? 'atLeast' : 'min'}"] input`)).not.toBeNull();
    }
  });

  it('changes a rule to another type, keeping its common fields and the terms both types have', async () => {
    const { toForm, last, written, field } = open(JSON.stringify(PACK));
    toForm();
    choose(field('rules[0].type'), 'capitalization');
    expect(last().rules[0]).toEqual({ id: 'rivals', type: 'capitalization', terms: ['Globex'], message: 'Do not name rivals.', 'x-note': 'kept' });
    choose(field('rules[0].type'), 'limit');
    expect(last().rules[0]).toEqual({ id: 'rivals', type: 'limit', message: 'Do not name rivals.', 'x-note': 'kept', count: 'hashtags', max: 3 });
    // The compiler finds nothing wrong but the two fields of the author's own, kept as they were.
    const check = checkPackText(written.at(-1)!);
    expect(check.ok ? [] : check.problems.map((p) => p.path)).toEqual(['rules[0]["x-note"]', '["x-owner"]']);
  });

  it('moves and removes rules', () => {
    const two = { name: 'Acme', rules: [PACK.rules[0], { id: 'tags', type: 'limit', count: 'hashtags', max: 2 }] };
    const { root, toForm, last } = open(JSON.stringify(two));
    toForm();
    click(root.querySelector('[aria-label="Move rule 2 (tags) up"]'));
    expect(last().rules.map((r: { id: string }) => r.id)).toEqual(['tags', 'rivals']);
    click(root.querySelector('[aria-label="Remove rule 1 (tags)"]'));
    expect(last().rules.map((r: { id: string }) => r.id)).toEqual(['rivals']);
  });

  it('shows each problem under the field it names, and those no field holds at the top of the form', async () => {
    const broken = {
      name: 'Acme',
      rules: [
        { id: 'two', type: 'limit', count: 'hashtags', max: 'two' },
        { id: 'x', type: 'avoid', terms: ['a', ''], colour: 'red' },
      ],
      builtins: { shouting: 'loud' },
    };
    const { root, toForm, field } = open(JSON.stringify(broken));
    toForm();
    await settle();
    const max = field('rules[0].max') as HTMLInputElement;
    const beside = root.querySelector('[data-path="rules[0].max"] .field-problems')!;
    expect(beside.textContent).toContain('expected a whole number, got "two"');
    expect(max.getAttribute('aria-describedby')?.split(' ')).toContain(beside.id);
    expect(max.getAttribute('aria-invalid')).toBe('true');

    expect(root.querySelector('[data-path="rules[1].terms"] .field-problems')?.textContent).toBe('entry 2: must not be empty');
    const rule = root.querySelector<HTMLFieldSetElement>('fieldset[data-path="rules[1]"]')!;
    const ruleProblems = rule.querySelector(':scope > .field-problems')!;
    expect(ruleProblems.textContent).toMatch(/^colour: unknown field/);
    expect(rule.getAttribute('aria-describedby')).toBe(ruleProblems.id);

    const loose = [...root.querySelectorAll('.form-loose li')].map((li) => li.textContent);
    expect(loose).toEqual([expect.stringMatching(/^builtins\.shouting /)]);
    // The overall list stays, with every problem by its path.
    expect(root.querySelectorAll('[aria-label="Problems in this pack"] li').length).toBe(4);
  });

  it('marks the words the pack flags in the sample post, as text, and names the rule', async () => {
    const { root } = open(JSON.stringify({ name: 'Acme', rules: [{ id: 'rivals', type: 'avoid', terms: ['Globex'], message: 'Do not name rivals.' }] }));
    const draft = root.querySelectorAll('textarea')[1]!;
    type(draft, 'Globex <b>could</b> never. Unlike globex.');
    await settle();
    const marked = root.querySelector('.marked-draft')!;
    expect([...marked.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Globex', 'globex']);
    expect(marked.textContent).toBe('Globex <b>could</b> never. Unlike globex.');
    expect(marked.querySelector('b')).toBeNull();
    expect(marked.querySelector('mark')!.getAttribute('title')).toBe('rivals: Do not name rivals.');
    expect(root.querySelector('[aria-label="What the pack finds"] .rule-id')?.textContent).toBe('rivals');
  });

  it('previews a rule scoped to one platform as a post on that platform', async () => {
    const scoped = { name: 'Acme', rules: [{ id: 'rivals', type: 'avoid', terms: ['Globex'], platforms: ['linkedin'] }] };
    const { root } = open(JSON.stringify(scoped));
    type(root.querySelectorAll('textarea')[1]!, 'Globex again');
    await settle();
    expect(root.textContent).toContain('None of the pack’s rules fire on this post.');
    choose(root.querySelector('.preview-platform select'), 'linkedin');
    await settle();
    expect(root.querySelector('.marked-draft mark')?.textContent).toBe('Globex');
  });
});
