import { BRAND } from '../../../rules/signals/brand-voice';
import { BAIT } from '../../../rules/signals/engagement-bait';
import { CUE_IDS, WEIGHTS, clickbaitFeatures, type ClickbaitWeights, type CueId } from '../../../rules/signals/clickbait';
import type { CuePattern } from '../../../rules/signals/cues';
import { PROMO } from '../../../rules/signals/self-promotion';
import { SENTIMENT_WEIGHTS, combineSentiment, sentimentParts, type SentimentWeights } from '../../../rules/signals/sentiment';
import { VALUE } from '../../../rules/signals/value-add';
import type { RowResult } from '../measures';
import { confusion, pearson } from '../metrics';
import type { LabelledText } from '../sets';
import { cueAlternatives, rewriteForFold, type CueAlternative } from './alternatives';
import { chooseBest, flagObjective, grid } from './choose';
import { fitLogistic } from './logistic';
import type { FoldTools } from './tools';

/** Engine state refitted on the training folds and set while the fold is analysed. */
export interface Calibration {
  /** Cue patterns narrowed to what the training rows needed (see rewriteForFold). */
  cues?: Map<CuePattern, RegExp | null>;
  clickbaitWeights?: ClickbaitWeights;
}

/**
 * What a set's cross-validated run refits and re-chooses on the k-1 training folds, and how a held-out text
 * is then analysed. Everything the engine or the eval chose from these rows is here; what stays fixed is
 * said in `fixed`.
 */
export interface FoldPlan<Choice = unknown> {
  /** Refits of the engine's own data-fitted parts (cue lists, weights), set while the fold runs. */
  calibrate?(train: readonly LabelledText[], all: readonly LabelledText[], tools: FoldTools): Calibration;
  /** Thresholds and weights chosen on the training texts, with the calibration in force. */
  choose(train: readonly LabelledText[], tools: FoldTools): Choice;
  analyse(item: LabelledText, choice: Choice, tools: FoldTools): RowResult;
  /** What was chosen, a few words for the report. */
  describe(calibration: Calibration, choice: Choice): string;
  /** What is not refitted per fold, and why, for the report's notes. */
  fixed: string;
}

const ADD_VALUE_FLAG = ['add-value', 'quality-over-quantity'];
const HONEST_FLAG = ['honest-and-open'];

const flagged = (r: RowResult, principles: readonly string[]) => r.principles.some((p) => principles.includes(p));

/** Which cue alternatives each text matches, worked out once per set (the texts do not change between folds). */
const matchCache = new WeakMap<readonly LabelledText[], { alternatives: CueAlternative[]; matches: number[][] }>();
function cueMatches(all: readonly LabelledText[]): { alternatives: CueAlternative[]; matches: number[][] } {
  let entry = matchCache.get(all);
  if (!entry) {
    const alternatives = cueAlternatives([...PROMO, ...BRAND, ...VALUE, ...BAIT]);
    const matches = all.map((item) => alternatives.flatMap((alt, a) => (alt.test.test(item.text) ? [a] : [])));
    entry = { alternatives, matches };
    matchCache.set(all, entry);
  }
  return entry;
}

/** The cue lists as the training rows alone would have had them written. */
function cueCalibration(train: readonly LabelledText[], all: readonly LabelledText[]): Calibration {
  const { alternatives, matches } = cueMatches(all);
  const inTraining = new Set(train);
  return { cues: rewriteForFold(alternatives, matches, all.map((item) => inTraining.has(item))) };
}

function describeCues(calibration: Calibration): string {
  const cues = calibration.cues;
  if (!cues || cues.size === 0) return 'no cue dropped';
  const gone = [...cues.values()].filter((re) => re === null).length;
  return `${cues.size} cue patterns narrowed (${gone} dropped whole)`;
}

const SELF_PROMOTION_THRESHOLDS = [0.5, 0.3, 0.35, 0.4, 0.45, 0.55, 0.6, 0.65, 0.7];

export const youtubeSpamPlan: FoldPlan<{ threshold: number }> = {
  calibrate: (train, all) => cueCalibration(train, all),
  choose(train, tools) {
    const { choice } = chooseBest(SELF_PROMOTION_THRESHOLDS, (threshold) => {
      const c = confusion(
        train,
        (item) => flagged(tools.analyse(item.text, item.platform, { options: { 'self-promotion': { threshold } }, principles: ADD_VALUE_FLAG }), ADD_VALUE_FLAG),
        (item) => item.positive,
      );
      return flagObjective(c, 0.97);
    });
    return { threshold: choice };
  },
  analyse: (item, choice, tools) => tools.analyse(item.text, item.platform, { options: { 'self-promotion': { threshold: choice.threshold } } }),
  describe: (calibration, choice) => `self-promotion threshold ${choice.threshold}; ${describeCues(calibration)}`,
  fixed: 'cue weights and the self-promotion rule\u2019s value offset are hand-set, not refitted; cue alternatives only the held-out rows match are dropped',
};

export const corporateMessagingPlan: FoldPlan<null> = {
  choose: () => null,
  analyse: (item, _choice, tools) => tools.analyse(item.text, item.platform),
  describe: () => 'nothing to choose (AUCs need no threshold; the broadcast rules have no threshold option)',
  fixed: 'the conversational and call-to-action cue weights are hand-set, so the folds show spread, not refit',
};

/** Weights rounded as WEIGHTS were, to 0.1. */
const round1 = (x: number) => Math.round(x * 10) / 10;
/** Hand-set, not in the headline data: kept as they are. */
const HAND_SET: ReadonlySet<CueId> = new Set<CueId>(['conversation']);

/** Refits the clickbait cue weights on the training headlines, as WEIGHTS was fitted on all of them. */
export function refitClickbaitWeights(train: readonly LabelledText[], tools: FoldTools): ClickbaitWeights {
  const fitted = CUE_IDS.filter((id) => !HAND_SET.has(id));
  const index = new Map(fitted.map((id, i) => [id, i]));
  const rows: number[][] = [];
  const offsets: number[] = [];
  const labels: boolean[] = [];
  for (const item of train) {
    // A headline is one sentence as a rule; a row with more is fitted on its first.
    const first = clickbaitFeatures(tools.doc(item.text, item.platform))[0];
    if (!first) continue;
    const ids = [...new Set(first.ids)];
    rows.push(ids.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
    offsets.push(ids.filter((id) => HAND_SET.has(id)).reduce((sum, id) => sum + WEIGHTS[id], 0));
    labels.push(item.positive);
  }
  const fit = fitLogistic(rows, labels, fitted.length, { offsets });
  const weights = { ...WEIGHTS, bias: round1(fit.bias) } as ClickbaitWeights;
  fitted.forEach((id, i) => (weights[id] = round1(fit.weights[i]!)));
  return weights;
}

const CLICKBAIT_GRID = grid({ minScore: [0.4, 0.3, 0.35, 0.45, 0.5], toneScore: [0.5, 0.4, 0.6, 0.7] });

export const clickbaitPlan: FoldPlan<{ minScore: number; toneScore: number }> = {
  calibrate: (train, _all, tools) => ({ clickbaitWeights: refitClickbaitWeights(train.filter((i) => i.use === 'lower'), tools) }),
  choose(train, tools) {
    const lower = train.filter((i) => i.use === 'lower');
    const { choice } = chooseBest(CLICKBAIT_GRID, (options) => {
      const c = confusion(
        lower,
        (item) => flagged(tools.analyse(item.text, item.platform, { options: { clickbait: options }, principles: HONEST_FLAG }), HONEST_FLAG),
        (item) => item.positive,
      );
      return flagObjective(c, 0.97);
    });
    return choice;
  },
  analyse: (item, choice, tools) => tools.analyse(item.text, item.platform, item.use === 'lower' ? { options: { clickbait: choice } } : {}),
  describe: (calibration, choice) => {
    const w = calibration.clickbaitWeights;
    const moved = w ? CUE_IDS.filter((id) => Math.abs(w[id] - WEIGHTS[id]) >= 0.5).length : 0;
    return `minScore ${choice.minScore}, toneScore ${choice.toneScore}; weights refitted (${moved} of ${CUE_IDS.length} moved by 0.5 or more)`;
  },
  fixed: 'the conversation cue weight, the strong-cue floor and the shouting rule are hand-set',
};

const SENTIMENT_GRID: SentimentWeights[] = grid({
  negativeWeight: [SENTIMENT_WEIGHTS.negativeWeight, 1, 1.25, 1.75, 2],
  densityShare: [SENTIMENT_WEIGHTS.densityShare, 0, 1 / 6, 1 / 2],
});

/** Parsed once per text and cached with the document's chunks, so each grid point costs a little arithmetic. */
const partsCache = new WeakMap<LabelledText, ReturnType<typeof sentimentParts>>();
function partsOf(item: LabelledText, tools: FoldTools) {
  let parts = partsCache.get(item);
  if (!parts) {
    parts = sentimentParts(tools.doc(item.text, item.platform));
    partsCache.set(item, parts);
  }
  return parts;
}

export const vaderTweetsPlan: FoldPlan<SentimentWeights> = {
  choose(train, tools) {
    const ys = train.map((item) => item.value ?? NaN);
    return chooseBest(SENTIMENT_GRID, (weights) => pearson(train.map((item) => combineSentiment(partsOf(item, tools), weights)), ys)).choice;
  },
  analyse: (item, weights, tools) => ({ signals: { sentiment: combineSentiment(partsOf(item, tools), weights) }, ruleIds: [], principles: [] }),
  describe: (_c, w) => `negative weight ${w.negativeWeight}, density share ${w.densityShare.toFixed(2)}`,
  fixed: 'the emoji and spelling additions to the lexicon are hand-written, not refitted',
};

export const PLANS: Readonly<Record<string, FoldPlan<never>>> = {
  'youtube-spam': youtubeSpamPlan as FoldPlan<never>,
  'corporate-messaging': corporateMessagingPlan as FoldPlan<never>,
  clickbait: clickbaitPlan as FoldPlan<never>,
  'vader-tweets': vaderTweetsPlan as FoldPlan<never>,
};
