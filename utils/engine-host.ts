import { createAnalyzer, type Analysis } from '../rules';
import { PRINCIPLES } from '../rules/principles';
import { isPlatformId } from '../platforms/types';
import { RequestSchema, type AnalysisPayload, type AnalyzeResponse, type SiteStatus } from './messages';
import { loadSettings, updateSettings } from './settings';

/**
 * The background's side of the messaging: one analyzer (and so one parse cache) for every composer, the
 * user's settings applied to each analysis. Malformed messages are refused, never thrown at the sender.
 */
export function createEngineHost(load = loadSettings, update = updateSettings) {
  const analyzer = createAnalyzer();
  return async function handle(message: unknown): Promise<AnalyzeResponse | SiteStatus | { ok: boolean } | { error: string }> {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { error: 'Rapport could not read that message.' };
    const request = parsed.data;
    switch (request.type) {
      case 'analyze': {
        const settings = await load();
        const platform = request.platform && isPlatformId(request.platform) ? request.platform : undefined;
        const analysis = analyzer.analyze(request.text, {
          platform,
          disabledRules: settings.disabledRules,
          ignoredKeys: settings.ignoredKeys,
        });
        return { composerId: request.composerId, revision: request.revision, analysis: toPayload(analysis) };
      }
      case 'ignore-finding':
        await update((s) => ({ ...s, ignoredKeys: [...new Set([...s.ignoredKeys, request.key])] }));
        return { ok: true };
      case 'site-status': {
        const settings = await load();
        return { enabled: !settings.disabledSites.includes(request.hostname) };
      }
      case 'disable-rule':
        await update((s) => ({ ...s, disabledRules: [...new Set([...s.disabledRules, request.ruleId])] }));
        return { ok: true };
    }
  };
}

export function toPayload(analysis: Analysis): AnalysisPayload {
  return {
    findings: analysis.findings,
    score: analysis.score,
    signals: analysis.signals,
    language: analysis.language,
    notes: analysis.notes,
    principles: analysis.principles.map((p) => {
      const { title, why, source } = PRINCIPLES[p.id];
      return { ...p, title, why, source };
    }),
  };
}
