// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PanelView, summary, type PanelViewProps } from '../../../components/panel/panel-view';
import type { ComposerState, FindingPayload, PanelState } from '../../../utils/messages';
import { GOOD, panelState, SHOUTY } from '../fixtures';
import { byText, click, mount, rerender } from '../render';

function props(overrides: Partial<PanelViewProps>): PanelViewProps {
  return { state: undefined, siteEnabled: true, onAct: vi.fn(), onSiteEnabled: vi.fn(), ...overrides };
}

const liveRegion = (root: HTMLElement) => root.querySelector('[role="status"].sr-only')?.textContent;

describe('side panel: live regions', () => {
  it('keeps the outcome region in the page even when it has nothing to say', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY) })} />);
    expect(root.querySelector('.toast-region[aria-live="polite"]')).not.toBeNull();
    expect(root.querySelector('.toast')).toBeNull();
  });
});

describe('side panel: empty states', () => {
  it('says nothing wrong while connecting, and still shows the how-to and the sites', () => {
    const root = mount(<PanelView {...props({ state: undefined })} />);
    expect(root.querySelector('[role="switch"]')).toBeNull();
    expect(root.textContent).toContain('How it works');
    expect(root.textContent).not.toContain('Nothing to coach');
    const sites = [...root.querySelectorAll('.sites li')].map((li) => li.textContent);
    expect(sites).toEqual(expect.arrayContaining(['X', 'LinkedIn', 'Bluesky', 'Mastodon', 'YouTube']));
  });

  it('shows its footer (the week\'s line) under the empty state and under a draft', () => {
    for (const state of [undefined, panelState(SHOUTY)]) {
      const root = mount(<PanelView {...props({ state })} footer={<p data-testid="foot">week</p>} />);
      expect(root.querySelector('.panel > [data-testid="foot"]')?.textContent).toBe('week');
    }
  });

  it('explains what to do on a page that is not a supported site', () => {
    const root = mount(<PanelView {...props({ state: { type: 'state', tabId: 1, site: null, composer: null } })} />);
    expect(root.textContent).toContain('Nothing to coach on this page');
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });

  it('offers the switch for the current site, and reports its use', () => {
    const p = props({ state: panelState(null) });
    const root = mount(<PanelView {...p} />);
    const toggle = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')?.textContent).toContain('x.com');
    click(toggle);
    expect(p.onSiteEnabled).toHaveBeenCalledWith(false);
  });

  it('shows the empty state with the switch off when Rapport is off for the site, even with a composer', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY), siteEnabled: false })} />);
    expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
    expect(root.querySelector('.finding')).toBeNull();
    expect(root.textContent).toContain('stays out of this site');
  });
});

describe('side panel: a clean draft', () => {
  it('shows a full score, every principle passing and what the draft does well', () => {
    const state = panelState(GOOD);
    const root = mount(<PanelView {...props({ state })} />);
    expect(root.querySelector('.score')?.getAttribute('aria-label')).toBe('Score 100 out of 100');
    expect(root.querySelector('.advice')?.textContent).toContain('Every check passes');
    expect(root.querySelectorAll('.principle.pass').length).toBe(state.composer!.analysis.principles.length);
    expect(root.querySelector('.finding')).toBeNull();
    const strengths = [...root.querySelectorAll('.strengths .label')].map((el) => el.textContent);
    expect(strengths).toEqual(expect.arrayContaining(['Talks with people', 'Asks readers something']));
    expect(liveRegion(root)).toBe('No suggestions. Score 100.');
  });

  it('says what the post counts as in the self-promotion ratio, even with nothing to change', () => {
    const root = mount(<PanelView {...props({ state: panelState('Fresh bagels every morning from 7am. Six for £5.') })} />);
    expect(root.querySelector('.finding')).toBeNull();
    expect(root.querySelector('[data-testid="panel-kind"]')?.textContent).toBe('In your self-promotion ratio, this post counts as promotion.');
    const talk = mount(<PanelView {...props({ state: panelState(GOOD) })} />);
    expect(talk.querySelector('[data-testid="panel-kind"]')?.textContent).toBe('In your self-promotion ratio, this post counts as conversation.');
  });
});

describe('side panel: a draft in another language', () => {
  it('gives no score and shows the checks that did not run as not checked, never as passed', () => {
    const state = panelState('Wir wohnen jetzt in der Lindenstraße 12, kommt vorbei und bringt eure Freunde mit!');
    const root = mount(<PanelView {...props({ state })} />);
    expect(root.querySelector('.score')?.getAttribute('aria-label')).toBe('Not scored');
    expect(root.querySelector('.score')?.classList.contains('none')).toBe(true);
    expect(root.querySelector('.advice')?.textContent).toContain('Not scored');
    const people = root.querySelector('#principle-people-first')!;
    expect(people.classList.contains('not-checked')).toBe(true);
    expect(people.querySelector('.status')?.textContent).toBe('Not checked');
    expect(root.querySelector('#principle-keep-private-private')?.classList.contains('problem')).toBe(true);
    expect(root.textContent).toContain('only the checks that work in any language ran');
    expect(root.querySelector('[data-testid="panel-kind"]')).toBeNull();
    expect(liveRegion(root)).toBe('1 suggestion. Not scored.');
  });
});

describe('side panel: findings', () => {
  it('groups findings under their principle with the quote, the why, its essay and what to try', () => {
    const state = panelState(SHOUTY);
    const root = mount(<PanelView {...props({ state })} />);
    const shout = root.querySelector('#principle-listen-dont-shout')!;
    expect(shout.classList.contains('problem')).toBe(true);
    expect(shout.querySelector('.principle-head')?.getAttribute('aria-expanded')).toBe('true');
    expect(shout.querySelector('.why')?.textContent).toContain('read as yelling');
    expect(shout.querySelector('.why')?.textContent).toContain('“Sharing Is Caring”');
    const caps = byText(shout, '.finding', 'WE ARE SO EXCITED')!;
    expect(caps.querySelector('.quote')?.textContent).toBe('“WE ARE SO EXCITED”');
    expect(caps.querySelector('.message')?.textContent).toContain('capitals');
    expect(caps.querySelector('.replacement')?.textContent).toBe('Becomes “We are so excited”');
    expect(root.querySelector('#principle-people-first')?.classList.contains('pass')).toBe(true);
    expect(liveRegion(root)).toBe(summary(state.composer!));
  });

  it('names the principle whose fix would raise the score most', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY) })} />);
    expect(root.querySelector('.advice')?.textContent).toMatch(/Biggest gain: Don’t shout \(up to \+\d+ points\)/);
  });

  it('sends Apply, Ignore, Turn off and Select with the finding and its composer', () => {
    const p = props({ state: panelState(SHOUTY) });
    const root = mount(<PanelView {...p} />);
    // The shouting card (the sales-pitch card quotes the same words, without a fix).
    const caps = [...root.querySelectorAll<HTMLElement>('.finding')].find((el) => el.textContent?.includes('WE ARE SO EXCITED') && byText(el, 'button', 'Apply'))!;
    const composer = p.state!.composer!;
    click(byText(caps, 'button', 'Apply'));
    click(byText(caps, 'button', 'Ignore'));
    click(byText(caps, 'button', 'Turn off this rule'));
    click(caps.querySelector('.quote'));
    const calls = vi.mocked(p.onAct).mock.calls.map(([action, finding, c]) => [action, finding.actual, c.composerId]);
    expect(calls).toEqual([
      ['apply', 'WE ARE SO EXCITED', composer.composerId],
      ['ignore', 'WE ARE SO EXCITED', composer.composerId],
      ['disable-rule', 'WE ARE SO EXCITED', composer.composerId],
      ['select', 'WE ARE SO EXCITED', composer.composerId],
    ]);
  });

  it('offers Apply only where a fix exists, and names the other principles a merged finding touches', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY) })} />);
    const plug = byText(root, '#principle-add-value .finding', 'SO EXCITED to launch our new app')!;
    expect(byText(plug, 'button', 'Apply')).toBeUndefined();
    expect(byText(plug, 'button', 'Ignore')).toBeDefined();
    // "Buy it now" is a hard sell, a plug and an order where an invitation belongs: one card, whose fix is
    // the invitation rule's.
    const order = byText(root, '#principle-listen-dont-shout .finding', 'orders the reader')!;
    expect(byText(order, 'button', 'Apply')).toBeDefined();
    expect(order.querySelector('.also')?.textContent).toMatch(/^Also: .+ \u00b7 .+$/);
  });

  it('lists a merged finding under every principle it names, none of which reads as passed', () => {
    const state = panelState(SHOUTY);
    const merged = state.composer!.analysis.findings.find((f) => (f.also ?? []).some((a) => a.principle !== f.principle))!;
    expect(merged).toBeDefined();
    const root = mount(<PanelView {...props({ state })} />);
    for (const id of new Set(merged.also!.map((a) => a.principle))) {
      const row = root.querySelector(`#principle-${id}`)!;
      expect(row.querySelector('.status')?.textContent).not.toMatch(/Looks good/);
      expect(byText(row, '.finding', merged.actual.slice(0, 12))).toBeDefined();
    }
  });

  it('collapses and expands a principle from its header, with the state announced', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY) })} />);
    const head = root.querySelector<HTMLButtonElement>('#principle-listen-dont-shout .principle-head')!;
    expect(head.getAttribute('aria-controls')).toBe('principle-body-listen-dont-shout');
    click(head);
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('#principle-body-listen-dont-shout')).toBeNull();
    click(head);
    expect(root.querySelectorAll('#principle-body-listen-dont-shout .finding').length).toBeGreaterThan(0);
  });

  it('keeps the previous result on screen until a newer one replaces it', () => {
    const p = props({ state: panelState(SHOUTY) });
    const root = mount(<PanelView {...p} />);
    const before = root.querySelectorAll('.finding').length;
    // The same state object again (no new analysis yet): nothing changes, nothing flickers.
    rerender(root, <PanelView {...p} />);
    expect(root.querySelectorAll('.finding').length).toBe(before);
    rerender(root, <PanelView {...p} state={panelState(GOOD)} />);
    expect(root.querySelectorAll('.finding').length).toBe(0);
  });

  it('moves focus to the principle when the finding acted on disappears', () => {
    const p = props({ state: panelState(SHOUTY) });
    const root = mount(<PanelView {...p} />);
    const ignore = byText<HTMLButtonElement>(root, '#principle-listen-dont-shout .finding button', 'Ignore')!;
    ignore.focus();
    click(ignore);
    const state = p.state!;
    const composer = state.composer!;
    const kept = composer.analysis.findings.filter((f) => f.actual !== 'WE ARE SO EXCITED');
    const next: PanelState = { ...state, composer: { ...composer, revision: 2, analysis: { ...composer.analysis, findings: kept } } };
    rerender(root, <PanelView {...p} state={next} />);
    expect(document.activeElement?.closest('#principle-listen-dont-shout')).not.toBeNull();
  });

  it('tells the outcome of an action in a polite live region', () => {
    const root = mount(<PanelView {...props({ state: panelState(SHOUTY), notice: 'The editor did not take the change.' })} />);
    const region = root.querySelector('.toast-region')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.querySelector('.toast')?.textContent).toBe('The editor did not take the change.');
  });
});

describe('side panel: a long list', () => {
  it('shows the first findings of a principle and the rest on request', () => {
    const text = Array.from({ length: 9 }, (_, i) => `STOP NUMBER ${i + 1} IS HERE!!!`).join(' ');
    const root = mount(<PanelView {...props({ state: panelState(text) })} />);
    const group = root.querySelector('#principle-listen-dont-shout')!;
    const total = Number(/\d+/.exec(group.querySelector('.status')?.textContent ?? '')?.[0]);
    expect(total).toBeGreaterThan(5);
    expect(group.querySelectorAll('.finding').length).toBe(5);
    click(byText(group, 'button', `Show all ${total}`));
    expect(group.querySelectorAll('.finding').length).toBe(total);
  });
});

describe('side panel: another language', () => {
  it('shows the engine\u2019s note that only language-independent checks ran', () => {
    const root = mount(
      <PanelView {...props({ state: panelState('Heute gehen wir mit den Kindern in den Park, und danach essen wir zusammen Kuchen im Garten.') })} />,
    );
    expect(root.querySelector('.notes')?.textContent).toContain('language other than English');
    expect(root.querySelector('.strengths')).toBeNull();
  });
});

describe('side panel: the channel', () => {
  it('meters characters the platform\u2019s way, with the rest left', () => {
    const root = mount(<PanelView {...props({ state: panelState(`Read this https://example.com/${'a'.repeat(80)}`) })} />);
    const meter = root.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('33');
    expect(meter.getAttribute('aria-valuemax')).toBe('280');
    expect(root.querySelector('.meter-line')?.textContent).toContain('247 left');
  });

  it('marks a draft over the limit', () => {
    const root = mount(<PanelView {...props({ state: panelState('word '.repeat(70).trim()) })} />);
    expect(root.querySelector('.meter.over')).not.toBeNull();
    expect(root.querySelector('.over-text')?.textContent).toBe('69 over');
  });

  it('previews the LinkedIn fold and judges the opening', () => {
    const text =
      'Hello everyone! 👋\nThe garden is finally waking up after the long winter and the first tulips are out along the fence.\n' +
      'The bees came a week later, and now the whole street stops to look at them on the way to the shops.\nWhat is flowering where you are?';
    const p = props({ state: panelState(text, 'linkedin', 'www.linkedin.com') });
    const root = mount(<PanelView {...p} />);
    const preview = root.querySelector('.preview')!;
    expect(preview.textContent?.startsWith('Hello everyone! 👋\nThe garden')).toBe(true);
    expect(preview.querySelector('.see-more')?.textContent).toBe('… see more');
    expect(root.querySelector('.hook.weak')?.textContent).toContain('Weak hook');
    click(byText(root, 'button', 'Show the opening in the draft'));
    expect(vi.mocked(p.onAct).mock.calls[0]?.[0]).toBe('select');
    expect(vi.mocked(p.onAct).mock.calls[0]?.[1].ruleId).toBe('see-more-fold');
  });
});

describe('side panel: page text is text', () => {
  const MARKUP = '<img src=x onerror=alert(1)> SHOUTING <b>LOUDLY</b>!!! <script>alert(2)</script>';

  it('shows a draft with markup exactly as typed, in the preview and in quotes', () => {
    const state = panelState(MARKUP, 'linkedin', 'www.linkedin.com');
    const composer = state.composer as ComposerState;
    const extra: FindingPayload = {
      ruleId: 'shouting',
      principle: 'listen-dont-shout',
      severity: 'warning',
      message: 'Markup in a message <em>too</em>',
      start: 0,
      end: 28,
      actual: '<img src=x onerror=alert(1)>',
      key: 'shouting:<img src=x onerror=alert(1)>',
      fixes: [{ label: '<b>bold</b>', start: 0, end: 28, text: '<i>x</i>' }],
    };
    composer.analysis = { ...composer.analysis, findings: [extra, ...composer.analysis.findings] };
    const root = mount(<PanelView {...props({ state })} />);
    expect(root.querySelector('img, script, b, i, em')).toBeNull();
    expect(root.querySelector('.preview')?.textContent).toBe(MARKUP);
    const item = byText(root, '.finding', 'onerror')!;
    expect(item.querySelector('.quote')?.textContent).toBe('“<img src=x onerror=alert(1)>”');
    expect(item.querySelector('.message')?.textContent).toBe('Markup in a message <em>too</em>');
    expect(byText(item, 'button', 'Apply')?.getAttribute('aria-label')).toBe('Apply: <b>bold</b>');
    expect(item.querySelector('.replacement')?.textContent).toBe('Becomes “<i>x</i>”');
  });
});
