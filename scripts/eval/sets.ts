import type { PlatformId } from '../../platforms/types';
import { atLeast, atMost } from '../lib/targets';
import type { CsvRow } from './data';
import { correlation, flagScores, hitRate, merge, signalAuc, type Measured, type RowResult, type Sample } from './measures';

/** Analyses one text; the runner times it and turns the engine's Analysis into a RowResult. */
export type Analyse = (text: string, platform: PlatformId | undefined) => RowResult;

/**
 * One text to analyse for a set. A row can give more than one (the clickbait set reads each headline
 * lower-cased, and news in its original case too); `row` ties them to their row, so a cross-validated run
 * puts them in the same fold, and `use` says which figures read it.
 */
export interface LabelledText {
  row: number;
  text: string;
  label: string;
  positive: boolean;
  value?: number;
  platform: PlatformId | undefined;
  use: string;
}

export interface Labelled {
  items: LabelledText[];
  /** Rows left out (other labels, low confidence, unreadable values). */
  skipped: number;
}

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
  /** Reads the rows from somewhere other than `file` in the data folder (fixtures, archives); throws MissingDataError. */
  read?(where: { dataDir: string; realworldDir?: string }): Promise<CsvRow[]>;
  /** The texts the set analyses, with their labels. */
  label(rows: readonly CsvRow[]): Labelled;
  /** The set's figures over analysed texts (all of them, or one held-out fold). */
  measure(samples: readonly AnalysedText[], showErrors: number): Measured & { notes: string[] };
  evaluate(rows: readonly CsvRow[], analyse: Analyse, showErrors: number): SetOutcome;
}

export type AnalysedText = Sample & { use: string; row: number };

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

export function analyseAll(items: readonly LabelledText[], analyse: Analyse): AnalysedText[] {
  return items.map((item) => ({ ...item, result: analyse(item.text, item.platform) }));
}

/** A set from its labelling and its figures: `evaluate` analyses every labelled text and measures them. */
export function defineSet(definition: Omit<SetDefinition, 'evaluate'>): SetDefinition {
  return {
    ...definition,
    evaluate(rows, analyse, showErrors) {
      const { items, skipped } = definition.label(rows);
      const measured = definition.measure(analyseAll(items, analyse), showErrors);
      return { ...measured, used: new Set(items.map((i) => i.row)).size, skipped };
    },
  };
}

export const labelOf = (row: CsvRow) => row.label?.trim().toLowerCase() ?? '';

export const youtubeSpam = defineSet({
  name: 'youtube-spam',
  file: 'youtube-spam.csv',
  columns: ['text', 'label'],
  about: 'YouTube comments: spam (positive) vs ham',
  label(rows) {
    const items: LabelledText[] = [];
    rows.forEach((row, i) => {
      const label = labelOf(row);
      if (label !== 'spam' && label !== 'ham') return;
      items.push({ row: i, text: row.text ?? '', label, positive: label === 'spam', platform: 'youtube', use: 'comment' });
    });
    return { items, skipped: rows.length - items.length };
  },
  measure(samples, showErrors) {
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
    return { ...measured, notes: signalNotes(samples, ['selfPromotion']) };
  },
});

export const corporateMessaging = defineSet({
  name: 'corporate-messaging',
  file: 'corporate-messaging.csv',
  columns: ['text', 'label', 'confidence'],
  about: 'brand tweets with confidence == 1: dialogue / action (positive) vs information',
  label(rows) {
    const items: LabelledText[] = [];
    rows.forEach((row, i) => {
      if (Number(row.confidence) !== 1) return;
      const label = labelOf(row);
      if (label !== 'dialogue' && label !== 'action' && label !== 'information') return;
      items.push({ row: i, text: row.text ?? '', label, positive: label !== 'information', platform: 'x', use: label });
    });
    return { items, skipped: rows.length - items.length };
  },
  measure(samples, showErrors) {
    const of = (label: string) => samples.filter((s) => s.label === label);
    const [dialogue, action, information] = [of('dialogue'), of('action'), of('information')];
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
    return { ...measured, notes: signalNotes(samples, ['conversational', 'callToAction']) };
  },
});

export const clickbait = defineSet({
  name: 'clickbait',
  file: 'clickbait.csv',
  columns: ['text', 'label'],
  about: 'headlines, lower-cased: clickbait (positive) vs news; shouting on original-case news',
  label(rows) {
    const items: LabelledText[] = [];
    let used = 0;
    rows.forEach((row, i) => {
      const label = labelOf(row);
      if (label !== 'clickbait' && label !== 'news') return;
      used++;
      const text = row.text ?? '';
      items.push({ row: i, text: text.toLowerCase(), label, positive: label === 'clickbait', platform: undefined, use: 'lower' });
      if (label === 'news') items.push({ row: i, text, label, positive: false, platform: undefined, use: 'original' });
    });
    return { items, skipped: rows.length - used };
  },
  measure(samples, showErrors) {
    const lower = samples.filter((s) => s.use === 'lower');
    const newsOriginal = samples.filter((s) => s.use === 'original');
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
    return { ...measured, notes: signalNotes(lower, ['clickbait']) };
  },
});

export const vaderTweets = defineSet({
  name: 'vader-tweets',
  file: 'vader-tweets.csv',
  columns: ['text', 'valence'],
  about: 'tweets with human mean valence (-4..+4)',
  label(rows) {
    const items: LabelledText[] = [];
    rows.forEach((row, i) => {
      const value = Number(row.valence);
      if (row.valence === undefined || row.valence.trim() === '' || !Number.isFinite(value)) return;
      items.push({ row: i, text: row.text ?? '', label: `valence ${value.toFixed(2)}`, positive: value > 0, value, platform: 'x', use: 'tweet' });
    });
    return { items, skipped: rows.length - items.length };
  },
  measure(samples, showErrors) {
    const measured = correlation(this.name, 'sentiment', 'Pearson r of sentiment with valence', samples, atLeast(0.89), 4, showErrors);
    return { ...measured, notes: signalNotes(samples, ['sentiment']) };
  },
});

/** The labelled public sets of the data folder; the project's own sets are added in all-sets.ts. */
export const DATA_SETS: readonly SetDefinition[] = [youtubeSpam, corporateMessaging, clickbait, vaderTweets];
