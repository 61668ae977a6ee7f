import { brandPosts } from './brand-posts';
import { realPosts } from './real-posts';
import { DATA_SETS, type SetDefinition } from './sets';

/** Every set `npm run eval` knows: the public data sets, then the project's own. */
export const SETS: readonly SetDefinition[] = [...DATA_SETS, brandPosts, realPosts];
