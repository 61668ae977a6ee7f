import type { AnyRule } from '../rules/engine/types';
import type { Analyzer } from '../rules/builtin/index';

/** What a command needs from the rules engine: an analyzer, and the rules behind it (for their docs). */
export interface Engine {
  analyzer: Analyzer;
  rules: readonly AnyRule[];
}
