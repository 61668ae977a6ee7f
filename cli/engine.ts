import type { AnyRule } from '../rules/engine/rule';
import type { Analyzer, KindClassifier } from '../rules/index';

/** What a command needs from the rules engine: an analyzer, its kind-only path, and the rules behind them (for their docs). */
export interface Engine {
  analyzer: Analyzer;
  kinds: KindClassifier;
  rules: readonly AnyRule[];
}
