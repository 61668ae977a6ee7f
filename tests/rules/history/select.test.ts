import { describe, expect, it } from 'vitest';
import { accountsOf, postsOf } from '../../../rules/history/select';
import { post } from './helpers';

const at = '2025-01-06T12:00:00Z';
const posts = [
  post({ at, platform: 'x', profile: '@me' }),
  post({ at, platform: 'x', profile: '@brand' }),
  post({ at, platform: 'x', profile: '@brand' }),
  post({ at, platform: 'linkedin' }),
];

describe('accountsOf', () => {
  it('lists each platform and profile with its posts, most first', () => {
    expect(accountsOf(posts)).toEqual([
      { platform: 'x', profile: '@brand', posts: 2 },
      { platform: 'linkedin', posts: 1 },
      { platform: 'x', profile: '@me', posts: 1 },
    ]);
  });
});

describe('postsOf', () => {
  it('keeps one account\'s posts, or a whole platform\'s', () => {
    expect(postsOf(posts, { platform: 'x', profile: '@brand' })).toHaveLength(2);
    expect(postsOf(posts, { platform: 'x' })).toHaveLength(3);
    expect(postsOf(posts, {})).toHaveLength(4);
  });
});
