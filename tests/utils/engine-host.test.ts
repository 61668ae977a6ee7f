import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../utils/engine-host';
import { AnalyzeResponseSchema } from '../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

function host(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const handle = createEngineHost(
    async () => settings,
    async (change) => (settings = change(settings)),
  );
  return { handle, settings: () => settings };
}

describe('engine host', () => {
  it('answers an analysis request with a payload the content script accepts', async () => {
    const { handle } = host();
    const response = await handle({ type: 'analyze', composerId: 'c1', revision: 3, platform: 'x', text: 'BUY NOW!!!' });
    const parsed = AnalyzeResponseSchema.parse(response);
    expect(parsed).toMatchObject({ composerId: 'c1', revision: 3 });
    expect(parsed.analysis.findings.map((f) => f.ruleId)).toContain('shouting');
    expect(parsed.analysis.principles.find((p) => p.id === 'listen-dont-shout')).toMatchObject({ status: 'problem' });
  });

  it('refuses malformed and oversized messages without throwing', async () => {
    const { handle } = host();
    for (const message of [null, 'analyze', { type: 'analyze' }, { type: 'nope' }, { type: 'analyze', composerId: 'c', revision: 1, text: 'x'.repeat(300_000) }]) {
      expect(await handle(message)).toHaveProperty('error');
    }
  });

  it('applies ignored findings and turned-off rules to later analyses', async () => {
    const { handle, settings } = host();
    const request = { type: 'analyze', composerId: 'c1', revision: 1, text: 'THIS IS HUGE!!!' };
    const first = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(first.length).toBeGreaterThan(1);
    await handle({ type: 'ignore-finding', key: first[0]!.key });
    const second = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(second.map((f) => f.key)).not.toContain(first[0]!.key);
    await handle({ type: 'disable-rule', ruleId: 'shouting' });
    expect(settings().disabledRules).toEqual(['shouting']);
    const third = AnalyzeResponseSchema.parse(await handle(request)).analysis.findings;
    expect(third.map((f) => f.ruleId)).not.toContain('shouting');
  });
});
