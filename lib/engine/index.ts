// The engine's public surface. Pure: runs in Node (tests, CLI, benchmarks) and in the page.
export { analyze, resolveRules } from './analyze';
export {
  analyzeInSlices,
  analyzeLong,
  sliceDraft,
  MAX_ANALYSED_CHARS,
  SLICE_CHARS,
  WHOLE_CHARS,
  type SliceOptions,
  type SliceProgress,
} from './slices';
export { applyFix, validateEdits, mapOffset, FixError } from './apply-fix';
export { MODELS, buildChecklist, isServiceModel } from './checklist';
export { checkPackPhrase, compilePhrase, findPhrases, PhraseSyntaxError } from './phrases';
export { rules, ruleById } from '../../rules/index';
export type * from './types';
