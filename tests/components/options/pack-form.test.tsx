// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { formPaths } from '../../../components/options/field-problems';
import { PackForm } from '../../../components/options/pack-form';
import type { JsonObject } from '../../../components/options/pack-object';
import { click, mount, rerender } from '../render';

const EVERY_WAY: JsonObject = {
  name: 'Acme',
  ratio: { policy: 'custom', share: 0.25, window: 20 },
  rules: [
    { id: 'a', type: 'avoid', terms: ['x'] },
    { id: 'p1', type: 'prefer', use: 'y', instead: ['x'] },
    { id: 'p2', type: 'prefer', swap: { x: 'y' } },
    { id: 'r0', type: 'require', pattern: '#ad' },
    { id: 'r1', type: 'require', pattern: '#ad', when: { signal: 'risk', min: 0.5 } },
    { id: 'r2', type: 'require', pattern: '#ad', when: { rule: 'a' } },
    { id: 'l1', type: 'limit', count: 'emoji', max: 2 },
    { id: 'l2', type: 'limit', count: { pattern: 'x' }, max: 2 },
    { id: 'c', type: 'capitalization', terms: ['Acme'] },
    { id: 'pt', type: 'pattern', pattern: 'x' },
    { id: 't', type: 'threshold', signal: 'risk', max: 0.5 },
    { id: 'rp', type: 'repetition' },
    { id: 'odd', type: 'banned' },
    'not a rule',
  ],
};

function renderedPaths(root: HTMLElement): Set<string> {
  return new Set([...root.querySelectorAll('[data-path]')].map((el) => el.getAttribute('data-path')!));
}

function typeInto(field: Element | null, value: string): void {
  act(() => {
    (field as HTMLInputElement).value = value;
    field!.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the pack form', () => {
  it('shows a field for every path it places problems at, and no other', () => {
    const root = mount(<PackForm pack={EVERY_WAY} problems={[]} onPack={() => {}} />);
    expect(renderedPaths(root)).toEqual(formPaths(EVERY_WAY));
    const v1 = { ...EVERY_WAY, version: 1, rules: [{ id: 'r', type: 'require', pattern: '#ad', when: { signal: 'risk', atLeast: 0.5 } }] };
    rerender(root, <PackForm pack={v1} problems={[]} onPack={() => {}} />);
    expect(renderedPaths(root)).toEqual(formPaths(v1));
    expect(root.querySelector('fieldset[data-path="rules[0]"] select[id$="rules_0__when"]')?.textContent).not.toContain('another rule');
  });

  it('says so for a rule that is not an object or of no known type, and keeps it', () => {
    const root = mount(<PackForm pack={EVERY_WAY} problems={[]} onPack={() => {}} />);
    expect(root.querySelector('fieldset[data-path="rules[13]"]')?.textContent).toContain('This rule is not an object');
    const type = root.querySelector<HTMLSelectElement>('[data-path="rules[12].type"] select')!;
    expect(type.value).toBe('banned');
    expect(type.selectedOptions[0]?.textContent).toBe('banned (not valid)');
  });

  it('keeps a number being typed while the JSON holds what it reads as', () => {
    let pack: JsonObject = { name: 'A', rules: [{ id: 't', type: 'threshold', signal: 'risk', max: 0.5 }] };
    const root = mount(<PackForm pack={pack} problems={[]} onPack={(next) => (pack = next)} />);
    const max = () => root.querySelector<HTMLInputElement>('[data-path="rules[0].max"] input')!;
    typeInto(max(), '0.');
    rerender(root, <PackForm pack={pack} problems={[]} onPack={(next) => (pack = next)} />);
    expect((pack.rules as JsonObject[])[0]!.max).toBe(0);
    expect(max().value).toBe('0.');
    typeInto(max(), '');
    expect((pack.rules as JsonObject[])[0]).not.toHaveProperty('max');
  });

  it('turns a prefer rule between one word and pairs, carrying the words over', () => {
    let pack: JsonObject = { name: 'A', rules: [{ id: 'p', type: 'prefer', use: 'use', instead: ['utilize', 'leverage'] }] };
    const root = mount(<PackForm pack={pack} problems={[]} onPack={(next) => (pack = next)} />);
    click(root.querySelectorAll('[role="radiogroup"] input')[1]);
    expect((pack.rules as JsonObject[])[0]).toEqual({ id: 'p', type: 'prefer', swap: { utilize: 'use', leverage: 'use' } });
    rerender(root, <PackForm pack={pack} problems={[]} onPack={(next) => (pack = next)} />);
    typeInto(root.querySelector('[aria-label="Replacement 2"]'), 'use|apply');
    expect((pack.rules as JsonObject[])[0]!.swap).toEqual({ utilize: 'use', leverage: 'use|apply' });
  });

  it('writes a ratio as its policy alone when nothing else is set, and drops a share a policy does not take', () => {
    let pack: JsonObject = { name: 'A', rules: [], ratio: { policy: 'custom', share: 0.2 } };
    const root = mount(<PackForm pack={pack} problems={[]} onPack={(next) => (pack = next)} />);
    const policy = root.querySelector<HTMLSelectElement>('[data-path="ratio"] select')!;
    act(() => {
      policy.value = 'thirds';
      policy.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(pack.ratio).toBe('thirds');
  });
});
