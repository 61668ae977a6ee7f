import { compilePack } from '../../../rules/house/compile';
import { validatePack } from '../../../rules/house/schema';
import type { AnyRule } from '../../../rules/engine/rule';

/** The engine rule of `rules[index]` of a pack named "Test pack" (id prefix `house/test-pack/`). */
export function houseRule(rules: unknown[], index = 0): AnyRule {
  const checked = validatePack({ name: 'Test pack', rules });
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  const rule = compilePack(checked.pack).rules[index];
  if (!rule) throw new Error('no such rule');
  return rule;
}
