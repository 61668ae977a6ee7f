/** The toolbar, menu and store sizes Chrome and Firefox ask for; shared by the icon script, the manifest and its test. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Each size's file as the manifest names it (public/icon/<size>.png lands at icon/<size>.png in the build). */
export const ICON_PATHS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
