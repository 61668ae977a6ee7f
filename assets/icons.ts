/** The icon sizes the manifest lists, each a PNG rendered from assets/icon.svg by `npm run icons`. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** A size's path inside the extension (public/icon/<size>.png, WXT's convention). */
export const iconFile = (size: IconSize) => `icon/${size}.png`;

/** The manifest's `{ "16": "icon/16.png", ... }` for the given sizes (all of them by default). */
export function iconSet(sizes: readonly IconSize[] = ICON_SIZES): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), iconFile(size)]));
}
