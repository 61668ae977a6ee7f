import { describe, expect, it } from 'vitest';
import { packFileName } from '../../../components/options/save-pack-file';

describe('the file a pack being edited is saved as', () => {
  it('is named by the pack id, else its name made safe, else house-pack', () => {
    expect(packFileName('{"id":"fizzberry","name":"Fizzberry voice"}')).toBe('fizzberry.json');
    expect(packFileName('{"name":"Acme <b>social</b> style / 2"}')).toBe('acme-b-social-b-style-2.json');
    expect(packFileName('{"name": ')).toBe('house-pack.json');
    expect(packFileName('{"name":"!!!"}')).toBe('house-pack.json');
  });
});
