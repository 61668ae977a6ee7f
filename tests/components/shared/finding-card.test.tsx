// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { alsoTouches, describeFix, FindingCard } from '../../../components/shared/finding-card';
import { shoutingFinding } from '../../support/payloads';
import { byText, click, mount } from '../render';

const finding = shoutingFinding('WE ARE SO EXCITED');
const principle = { title: 'Don\u2019t shout', why: 'Capitals read as yelling.', source: 'Essay one; Essay two' };

function card(props: Partial<Parameters<typeof FindingCard>[0]> = {}) {
  const onAct = vi.fn();
  const root = mount(
    <ul>
      <FindingCard finding={finding} onAct={onAct} {...props} />
    </ul>,
  );
  return { root, onAct, item: root.querySelector('li.finding')! };
}

describe('the finding card', () => {
  it('names the other principles a merged finding touches, by title, once each, and nothing for a single one', () => {
    const merged = {
      ...finding,
      also: [
        { ruleId: 'hard-sell', principle: 'listen-dont-shout' as const },
        { ruleId: 'self-promotion', principle: 'add-value' as const },
        { ruleId: 'sales-pitch', principle: 'add-value' as const },
      ],
    };
    const titles = alsoTouches(merged, [
      { id: 'add-value', title: 'Give value before you ask' },
      { id: 'listen-dont-shout', title: 'Don\u2019t shout' },
    ]);
    expect(titles).toEqual(['Give value before you ask']); // its own principle is not repeated
    expect(card({ finding: merged, also: titles }).item.querySelector('.also')?.textContent).toBe('Also: Give value before you ask');
    expect(card().item.querySelector('.also')).toBeNull();
  });

  it('marks a house rule with its pack name, as text, and built-in findings not at all', () => {
    expect(card().item.querySelector('.house-rule')).toBeNull();
    const { item } = card({ finding: { ...finding, ruleId: 'house/acme/no-rivals', housePack: 'Acme <i>style</i>' } });
    expect(item.querySelector('.house-rule')?.textContent).toBe('House rule \u00b7 Acme <i>style</i>');
    expect(item.querySelector('i')).toBeNull();
  });

  it('offers no Ignore or Turn off for a rule the organisation locked', () => {
    const { item } = card({ finding: { ...finding, locked: true } });
    expect(byText(item, 'button', 'Ignore')).toBeUndefined();
    expect(byText(item, 'button', 'Turn off this rule')).toBeUndefined();
    expect(item.querySelector('.locked')?.textContent).toBe('Required by your organisation');
    expect(byText(item, 'button', 'Apply')).toBeDefined();
  });

  it('in the panel: a selectable quote, what the fix does, the actions, and no principle (the checklist gives it)', () => {
    const { item, onAct } = card();
    expect(item.classList).toContain('warning');
    expect(item.querySelector('.severity')?.textContent).toBe('Problem');
    expect(item.querySelector('.principle')).toBeNull();
    expect(item.querySelector('.why')).toBeNull();
    expect(item.querySelector('.replacement')?.textContent).toBe('Becomes \u201cWe are so excited\u201d');
    expect(byText(item, 'button', 'Apply')?.getAttribute('aria-label')).toBe('Apply: Sentence case');
    for (const label of ['Apply', 'Ignore', 'Turn off this rule']) click(byText(item, 'button', label));
    click(item.querySelector('button.quote'));
    expect(onAct.mock.calls.map(([action]) => action)).toEqual(['apply', 'ignore', 'disable-rule', 'select']);
  });

  it('in the page: names the principle and why it matters, and the quote is text when the card came from it', () => {
    const { item } = card({ principle, selectable: false });
    expect(item.querySelector('.principle')?.textContent).toBe('Don\u2019t shout');
    expect(item.querySelector('.why')?.textContent).toBe('Capitals read as yelling. From \u201cEssay one\u201d and \u201cEssay two\u201d.');
    expect(item.querySelector('button.quote')).toBeNull();
    expect(item.querySelector('p.quote')?.textContent).toBe('\u201cWE ARE SO EXCITED\u201d');
  });

  it('offers Apply only where a fix exists', () => {
    const { item } = card({ finding: { ...finding, fixes: undefined } });
    expect(byText(item, 'button', 'Apply')).toBeUndefined();
    expect(item.querySelector('.replacement')).toBeNull();
  });

  it('shows page text as text, never as markup', () => {
    const { item } = card({ finding: { ...finding, actual: '<img src=x onerror=alert(1)>', message: '<b>bold</b>' } });
    expect(item.querySelector('img, b')).toBeNull();
    expect(item.querySelector('.message')?.textContent).toBe('<b>bold</b>');
  });
});

describe('what a fix does', () => {
  it('says what Apply will do: replace, add, remove, or (for wider fixes) the fix\u2019s own label', () => {
    const at = { start: 4, end: 9 };
    expect(describeFix(at, { label: 'x', start: 4, end: 9, text: 'calm' })).toBe('Becomes “calm”');
    expect(describeFix(at, { label: 'x', start: 4, end: 9, text: '' })).toBe('Removes these words');
    expect(describeFix(at, { label: 'x', start: 20, end: 20, text: ' What do you think?' })).toBe('Adds “What do you think?”');
    expect(describeFix(at, { label: 'Just say the news', start: 4, end: 12, text: 'O' })).toBe('Just say the news');
  });
});
