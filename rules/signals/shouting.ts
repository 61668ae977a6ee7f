import type { Doc } from '../engine/document';

// Placeholder until the rules that own this signal land.
export function shouting(_doc: Doc): number {
  return 0;
}
