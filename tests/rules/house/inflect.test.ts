import { describe, expect, it } from 'vitest';
import { matchCase, otherNumber, pluralize, singularize } from '../../../rules/house/inflect';

describe('inflect', () => {
  it('makes simple plurals and singulars', () => {
    expect(['user', 'category', 'box', 'church', 'day', 'KEY'].map(pluralize)).toEqual(['users', 'categories', 'boxes', 'churches', 'days', 'KEYS']);
    expect(['users', 'categories', 'boxes', 'churches', 'class', 'bus', 'news'].map(singularize)).toEqual(['user', 'category', 'box', 'church', 'class', 'bus', 'new']);
    expect(otherNumber('customer account')).toEqual('customer accounts');
    expect(otherNumber('customers')).toEqual('customer');
  });

  it('writes a replacement in the case of what it replaces', () => {
    expect(matchCase('users', 'customers')).toBe('customers');
    expect(matchCase('Users', 'customers')).toBe('Customers');
    expect(matchCase('USERS', 'customers')).toBe('CUSTOMERS');
    expect(matchCase('javascript', 'JavaScript')).toBe('JavaScript');
    expect(matchCase('Java script', 'JavaScript')).toBe('JavaScript');
    expect(matchCase('I', 'we')).toBe('We');
  });
});
