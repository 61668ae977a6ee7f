/**
 * The names of the long-lived ports to the background. Kept apart from the message schemas so the content
 * script can name its port without bundling zod.
 */

/** A composer page's port, held only to learn when the service worker stops (it carries no messages). */
export const COMPOSER_PORT = 'rapport-composer';

/** The side panel's port: it says which tab it shows, and the background pushes that tab's state. */
export const PANEL_PORT = 'rapport-panel';
