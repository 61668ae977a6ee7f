import type { PlatformId } from '../../platforms/types';
import { atLeast, atMost } from '../lib/targets';
import type { CsvRow } from './data';
import { correlation, flagScores, hitRate, merge, signalAuc, type Measured, type RowResult, type Sample } from './measures';

/** Analyses one text; the runner times it and turns the engine's Analysis into a RowResult. */
export type Analyse = (text: string, platform: PlatformId | undefined) => RowResult;

export interface SetOutcome extends Measured {
  /** Rows that went into at least one figure. */
  used: number;
  /** Rows left out (other labels, low confidence, unreadable values). */
  skipped: number;
  notes: string[];
}

export interface SetDefinition {
  name: string;
  file: string;
  columns: readonly string[];
  /** What the set measures, one line for the report. */
  about: string;
  evaluate(rows: readonly CsvRow[], analyse: Analyse, showErrors: number): SetOutcome;
}

const hasPrinciple = (...ids: string[]) => (r: RowResult) => r.principles.some((p) => ids.includes(p));
const hasRule = (id: string) => (r: RowResult) => r.ruleIds.includes(id);

/** Notes for signals that are missing or the same on every row (a placeholder not yet written). */
export function signalNotes(samples: readonly Sample[], signals: readonly string[]): string[] {
  const notes: string[] = [];
  for (const name of signals) {
    const values = samples.map((s) => s.result.signals[name]);
    if (values.some((v) => typeof v !== 'number')) notes.push(`signal "${name}" is missing from the analysis`);
    else if (values.length > 1 && values.every((v) => v === values[0])) notes.push(`signal "${name}" is ${values[0]} on every row (placeholder?)`);
  }
  return notes;
}

export const youtubeSpam: SetDefinition = {
  name: 'youtube-spam',
  file: 'youtube-spam.csv',
  columns: ['text', 'label'],
  about: 'YouTube comments: spam (positive) vs ham',
  evaluate(rows, analyse, showErrors) {
    const samples: Sample[] = [];
    for (const row of rows) {
      const label = row.label?.trim().toLowerCase() ?? '';
      if (label !== 'spam' && label !== 'ham') continue;
      const text = row.text ?? '';
      samples.push({ text, label, positive: label === 'spam', result: analyse(text, 'youtube') });
    }
    const measured = merge(
      signalAuc(this.name, 'selfPromotion', 'AUC selfPromotion, spam vs ham', samples, atLeast(0.97), showErrors),
      flagScores(
        this.name,
        'flags',
        'flags (add-value or quality-over-quantity)',
        samples,
        hasPrinciple('add-value', 'quality-over-quantity'),
        { precision: atLeast(0.97), f1: atLeast(0.96) },
        'selfPromotion',
        showErrors,
      ),
    );
    return { ...measured, used: samples.length, skipped: rows.length - samples.length, notes: signalNotes(samples, ['selfPromotion']) };
  },
};

export const corporateMessaging: SetDefinition = {
  name: 'corporate-messaging',
  file: 'corporate-messaging.csv',
  columns: ['text', 'label', 'confidence'],
  about: 'brand tweets with confidence == 1: dialogue / action (positive) vs information',
  evaluate(rows, analyse, showErrors) {
    const byLabel: Record<'dialogue' | 'action' | 'information', Sample[]> = { dialogue: [], action: [], information: [] };
    for (const row of rows) {
      if (Number(row.confidence) !== 1) continue;
      const label = row.label?.trim().toLowerCase() ?? '';
      if (label !== 'dialogue' && label !== 'action' && label !== 'information') continue;
      const text = row.text ?? '';
      byLabel[label].push({ text, label, positive: label !== 'information', result: analyse(text, 'x') });
    }
    const { dialogue, action, information } = byLabel;
    const measured = merge(
      signalAuc(this.name, 'conversational', 'AUC conversational, dialogue vs information', [...dialogue, ...information], atLeast(0.95), showErrors),
      signalAuc(this.name, 'callToAction', 'AUC callToAction, action vs information', [...action, ...information], atLeast(0.92), showErrors),
      hitRate(
        this.name,
        'conversation.falseAlarms',
        'conversation-not-campaign findings on dialogue',
        dialogue,
        hasPrinciple('conversation-not-campaign'),
        atMost(0.05),
        'conversational',
        showErrors,
      ),
    );
    const all = [...dialogue, ...action, ...information];
    return {
      ...measured,
      used: all.length,
      skipped: rows.length - all.length,
      notes: signalNotes(all, ['conversational', 'callToAction']),
    };
  },
};

export const clickbait: SetDefinition = {
  name: 'clickbait',
  file: 'clickbait.csv',
  columns: ['text', 'label'],
  about: 'headlines, lower-cased: clickbait (positive) vs news; shouting on original-case news',
  evaluate(rows, analyse, showErrors) {
    const lower: Sample[] = [];
    const newsOriginal: Sample[] = [];
    for (const row of rows) {
      const label = row.label?.trim().toLowerCase() ?? '';
      if (label !== 'clickbait' && label !== 'news') continue;
      const text = row.text ?? '';
      const lowered = text.toLowerCase();
      lower.push({ text: lowered, label, positive: label === 'clickbait', result: analyse(lowered, undefined) });
      if (label === 'news') newsOriginal.push({ text, label, positive: false, result: analyse(text, undefined) });
    }
    const measured = merge(
      signalAuc(this.name, 'clickbait', 'AUC clickbait (lower-cased), clickbait vs news', lower, atLeast(0.95), showErrors),
      flagScores(
        this.name,
        'flags',
        'flags (honest-and-open, lower-cased)',
        lower,
        hasPrinciple('honest-and-open'),
        { precision: atLeast(0.97), recall: atLeast(0.85) },
        'clickbait',
        showErrors,
      ),
      hitRate(this.name, 'shouting.news', 'shouting findings on original-case news', newsOriginal, hasRule('shouting'), atMost(0.01), 'shouting', showErrors),
    );
    return { ...measured, used: lower.length, skipped: rows.length - lower.length, notes: signalNotes(lower, ['clickbait']) };
  },
};

export const vaderTweets: SetDefinition = {
  name: 'vader-tweets',
  file: 'vader-tweets.csv',
  columns: ['text', 'valence'],
  about: 'tweets with human mean valence (-4..+4)',
  evaluate(rows, analyse, showErrors) {
    const samples: Sample[] = [];
    for (const row of rows) {
      const value = Number(row.valence);
      if (row.valence === undefined || row.valence.trim() === '' || !Number.isFinite(value)) continue;
      const text = row.text ?? '';
      samples.push({ text, label: `valence ${value.toFixed(2)}`, positive: value > 0, value, result: analyse(text, 'x') });
    }
    const measured = correlation(this.name, 'sentiment', 'Pearson r of sentiment with valence', samples, atLeast(0.89), 4, showErrors);
    return { ...measured, used: samples.length, skipped: rows.length - samples.length, notes: signalNotes(samples, ['sentiment']) };
  },
};

export const SETS: readonly SetDefinition[] = [youtubeSpam, corporateMessaging, clickbait, vaderTweets];
