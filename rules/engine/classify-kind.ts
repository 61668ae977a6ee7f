import type { PlatformId } from '../../platforms/types';
import { RULES } from '../builtin/index';
import { computeSignal, SIGNALS } from '../signals';
import { classifyKind as decideKind } from '../signals/kind';
import { runRules } from './analyze';
import { ChunkCache, createDoc, type Doc } from './document';
import { isEnglish } from './language';
import type { AnyRule } from './rule';
import type { KindResult, SignalName, Signals } from './types';

/**
 * The rules whose findings the kind decision reads (signals/kind.ts): a post they flag is promotion. A
 * test tries every built-in rule's finding on the decision, so a rule added there fails it until listed here.
 */
export const KIND_RULE_IDS: readonly string[] = ['self-promotion', 'hard-sell'];

/**
 * Signals computed when first read, each exactly as `computeSignals` computes it. The kind decision reads
 * three of the eleven and the rules above read the same three, so the signals that need compromise's
 * part-of-speech tags (clickbait, sentiment's negation) are never computed, and no sentence is tagged.
 * The getters live on the prototype, made once: defining eleven properties on every post's object cost
 * more than the three signals it then reads.
 */
class LazySignals {
  readonly values = new Map<SignalName, number>();
  constructor(readonly doc: Doc) {}
}
for (const name of Object.keys(SIGNALS) as SignalName[]) {
  Object.defineProperty(LazySignals.prototype, name, {
    get(this: LazySignals) {
      let value = this.values.get(name);
      if (value === undefined) {
        value = computeSignal(name, this.doc);
        this.values.set(name, value);
      }
      return value;
    },
  });
}

export interface KindClassifier {
  classify(text: string, platform?: PlatformId): KindResult;
}

/**
 * A post's kind (promotion, conversation, value, other) without the rest of the analysis: the same kind
 * `analyze(text, { platform }).kind` gives, with the same signal functions and rules, for archives where
 * the kind is all that is needed (the self-promotion ratio over an import). Keeps its own chunk cache.
 */
export function createKindClassifier(rules: readonly AnyRule[] = RULES, cache = new ChunkCache()): KindClassifier {
  const deciding = rules.filter((rule) => KIND_RULE_IDS.includes(rule.meta.id));
  return {
    classify(text, platform) {
      const doc = createDoc(text, platform, cache);
      const signals = new LazySignals(doc) as unknown as Signals;
      const options = platform ? { platform } : {};
      // A text in another language only loses findings (rules for English do not run on it), so its
      // language is looked at only when there is a finding to lose: most posts have none, and the check
      // costs as much as a signal.
      const findings = runRules(deciding, doc, signals, options, true, []);
      const kept = findings.length === 0 || isEnglish(doc) ? findings : runRules(deciding, doc, signals, options, false, []);
      return decideKind(signals, kept);
    },
  };
}

let defaultClassifier: KindClassifier | undefined;

/** The kind of one post with the built-in rules and a shared chunk cache. */
export function classifyKind(text: string, platform?: PlatformId): KindResult {
  defaultClassifier ??= createKindClassifier();
  return defaultClassifier.classify(text, platform);
}
