import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/args';
import { openInput } from '../../../cli/readers/open';
import { fixture } from '../helpers';

describe('openInput', () => {
  it('opens a file as a stream, and "-" as standard input', async () => {
    const stdin = new PassThrough();
    const file = await openInput(fixture('posts.csv'), stdin);
    expect(file.name).toBe(fixture('posts.csv'));
    file.stream.destroy();
    expect((await openInput('-', stdin)).stream).toBe(stdin);
  });

  it('turns a missing file or a folder into a usage error', async () => {
    await expect(openInput('/definitely/not/here.csv', new PassThrough())).rejects.toThrow(UsageError);
    await expect(openInput('/definitely/not/here.csv', new PassThrough())).rejects.toThrow('No such file');
    await expect(openInput(new URL('.', import.meta.url).pathname, new PassThrough())).rejects.toThrow('is a folder');
  });
});
