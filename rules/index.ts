/**
 * The engine's front door for everything outside rules/ (the background, the CLI, scripts and tests): one
 * place to import analysis, the built-in rules and the contract from. Nothing inside rules/ imports this
 * file, so it can never close an import circle.
 */
export { analyze, createAnalyzer } from './engine/analyze';
export type { AnalyzeOptions, Analyzer } from './engine/analyze';
export { RULES } from './builtin/index';
export * from './engine/types';
export type { AnyRule, DraftFinding, Rule, RuleContext, RuleMeta } from './engine/rule';
