/**
 * The engine's front door for everything outside rules/ (the background, the CLI, scripts and tests): one
 * place to import analysis, the built-in rules and the contract from. Nothing inside rules/ imports this
 * file, so it can never close an import circle.
 */
export { analyze, createAnalyzer } from './engine/analyze';
export type { AnalyzeOptions, Analyzer } from './engine/analyze';
export { RULES } from './builtin/index';
// The panel's judgements beside analyze(): what a draft does well, the principle worth most, the channel meter.
export { biggestGain, strengthsOf } from './engine/strengths';
export { channelReport } from './engine/channel';
export * from './engine/types';
// House-rule packs: a pack (JSON text, a parsed object or a Vale style read as one) checked whole and compiled,
// or every problem by JSON path; the compiled pack goes to analyze() as `house`.
export { loadHousePack, validateHousePack, LIMITS as HOUSE_LIMITS, PACK_VERSION, RULE_TYPES } from './house/index';
export type { CompiledHousePack, HousePack, PackProblem, PackResult, PackRule, RatioSpec, RuleOverride, SkippedRule } from './house/index';
// Vale styles read as packs: a style folder's YAML files (or a zip of them) into a pack and what did not load.
export { readValeStyle } from './house/vale/style';
export type { StyleFile, ValeStyle } from './house/vale/style';
export { unzipStyle } from './house/vale/zip';
export type { AnyRule, DraftFinding, Rule, RuleContext, RuleMeta } from './engine/rule';
