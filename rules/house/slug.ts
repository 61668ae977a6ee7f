/**
 * A pack's id from its name when the pack gives none ("Acme social house style" -> "acme-social-house-style"):
 * the `<pack>` part of its rules' ids (`houseRuleId` in ../engine/types.ts), so it stays short and readable.
 * Profiles and saved pack files take their ids and names the same way; `fallback` is for a name with no
 * letter or digit in it.
 */
export function slugify(name: string, fallback = 'pack'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
