import type { AnyRule } from '../rules/engine/rule';
import type { Analyzer } from '../rules/index';

/** What a command needs from the rules engine: an analyzer, and the rules behind it (for their docs). */
export interface Engine {
  analyzer: Analyzer;
  rules: readonly AnyRule[];
}
