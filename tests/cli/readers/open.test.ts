import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../../cli/readers/open';
import { InputError } from '../../../cli/readers/types';
import { fixture } from '../helpers';

describe('openInput', () => {
  it('opens a file as a stream, and "-" as standard input', async () => {
    const stdin = new PassThrough();
    const file = await openInput(fixture('posts.csv'), stdin);
    expect(file).toMatchObject({ kind: 'stream', name: fixture('posts.csv') });
    await file.close();
    expect(await openInput('-', stdin)).toMatchObject({ kind: 'stream', stream: stdin });
  });

  it('opens a folder, and a zip whatever it is called, as an archive', async () => {
    const folder = await openInput(fixture('x-archive'), new PassThrough());
    expect(folder.kind === 'archive' && folder.files.paths).toContain('data/manifest.js');
    const dir = mkdtempSync(join(tmpdir(), 'rapport-open-'));
    writeFileSync(join(dir, 'export.bin'), zipSync({ 'Shares.csv': new TextEncoder().encode('Date,ShareCommentary\n') }));
    const zip = await openInput(join(dir, 'export.bin'), new PassThrough());
    expect(zip.kind === 'archive' && zip.files.paths).toEqual(['Shares.csv']);
    await zip.close();
  });

  it('streams what is not a regular file (a pipe, a device), which cannot be read at an offset', async () => {
    const opened = await openInput('/dev/null', new PassThrough());
    expect(opened.kind).toBe('stream');
    if (opened.kind === 'stream') expect(await opened.stream.toArray()).toEqual([]);
    await opened.close();
  });

  it('turns a missing file into an input error', async () => {
    await expect(openInput('/definitely/not/here.csv', new PassThrough())).rejects.toThrow(InputError);
    await expect(openInput('/definitely/not/here.csv', new PassThrough())).rejects.toThrow('No such file');
  });
});
