/**
 * House rules' ids: `house/<pack>/<rule>`, so a pack's rule can never take a built-in rule's id (built-in
 * ids have no "/"), and findings, "ignore this" keys and turned-off rules name the pack they came from.
 */
export const HOUSE_PREFIX = 'house/';

/** A pack id from its name: "Acme social house style" -> "acme-social-house-style". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'pack';
}

export function houseRuleId(packId: string, ruleId: string): string {
  return `${HOUSE_PREFIX}${packId}/${ruleId}`;
}

export function isHouseRuleId(ruleId: string): boolean {
  return ruleId.startsWith(HOUSE_PREFIX);
}

/** The pack and rule of a house rule id, or undefined for a built-in rule's id. */
export function parseHouseRuleId(ruleId: string): { pack: string; rule: string } | undefined {
  if (!isHouseRuleId(ruleId)) return undefined;
  const rest = ruleId.slice(HOUSE_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { pack: rest.slice(0, slash), rule: rest.slice(slash + 1) };
}
