import { describe, expect, it } from 'vitest';
import { instanceHost } from '../../../components/options/mastodon-instances';

describe('instanceHost', () => {
  it.each([
    ['fosstodon.org', 'fosstodon.org'],
    ['https://Hachyderm.io/home', 'hachyderm.io'],
    ['  social.example.co.uk  ', 'social.example.co.uk'],
  ])('reads %j as %j', (input, host) => expect(instanceHost(input)).toBe(host));
  it.each(['', 'not a host', 'localhost', 'javascript:alert(1)'])('refuses %j', (input) => expect(instanceHost(input)).toBeUndefined());
});
