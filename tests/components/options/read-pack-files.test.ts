import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackFiles, type PickedFile } from '../../../components/options/read-pack-files';
import { validateHousePack } from '../../../rules/index';

const picked = (path: string, content: string | Uint8Array): PickedFile => ({
  path,
  name: path.split('/').at(-1)!,
  text: async () => (typeof content === 'string' ? content : new TextDecoder().decode(content)),
  bytes: async () => (typeof content === 'string' ? strToU8(content) : content),
});

const AVOID = `extends: existence\nmessage: "Avoid '%s'."\nlevel: warning\nignorecase: true\ntokens:\n  - synergy\n  - leverage\n`;
const SWAP = `extends: substitution\nmessage: "Use '%s' instead of '%s'."\nlevel: error\nswap:\n  utilize: use\n`;
const BACKREFERENCE = `extends: existence\nmessage: "No."\nlevel: error\nraw:\n  - '\\b(\\w+)\\s+\\1\\b'\n`;
const SCRIPT = `extends: script\nmessage: "x"\nscript: "x"\n`;

describe('readPackFiles', () => {
  it('passes a pack JSON file through as it is, for the editor to check', async () => {
    const text = JSON.stringify({ name: 'Acme', version: 1, rules: [] });
    const result = await readPackFiles([picked('acme.json', text)]);
    expect(result).toMatchObject({ ok: true, text, fileName: 'acme.json', skipped: [] });
  });

  it('reads a Vale style folder into a valid pack, listing every rule that cannot load with its reason', async () => {
    const result = await readPackFiles([
      picked('Acme/Avoid.yml', AVOID),
      picked('Acme/Utilize.yml', SWAP),
      picked('Acme/Repeat.yml', BACKREFERENCE),
      picked('Acme/Script.yml', SCRIPT),
      picked('Acme/README.md', '# not a rule'),
    ]);
    if (!result.ok) throw new Error(result.error);
    expect(result.summary).toMatch(/^Read Acme as a Vale style: 2 of 4 rules load; 2 could not/);
    expect(result.skipped.map((s) => s.name).sort()).toEqual(['Acme.Repeat', 'Acme.Script']);
    for (const s of result.skipped) expect(s.reason.length).toBeGreaterThan(5);
    const pack = JSON.parse(result.text);
    expect(validateHousePack(pack)).toEqual([]);
    expect(pack.rules.map((r: { id: string }) => r.id).sort()).toEqual(['Acme.Avoid', 'Acme.Utilize']);
  });

  it('reads a zipped style and a single rule file', async () => {
    const zip = zipSync({ 'Acme/Avoid.yml': strToU8(AVOID), 'Acme/Utilize.yml': strToU8(SWAP), '__MACOSX/Acme/._Avoid.yml': strToU8('junk') });
    const zipped = await readPackFiles([picked('acme-style.zip', zip)]);
    expect(zipped).toMatchObject({ ok: true, fileName: 'acme-style.zip', skipped: [] });
    const single = await readPackFiles([picked('Avoid.yml', AVOID)]);
    expect(single.ok && JSON.parse(single.text).rules).toHaveLength(1);
  });

  it('refuses, with a reason, what is not a pack or a style', async () => {
    expect(await readPackFiles([])).toMatchObject({ ok: false });
    expect(await readPackFiles([picked('broken.zip', new Uint8Array([1, 2, 3, 4]))])).toMatchObject({ ok: false, error: expect.stringMatching(/^broken\.zip: not a readable zip/) });
    expect(await readPackFiles([picked('Docs/a.md', 'x'), picked('Docs/b.txt', 'y')])).toMatchObject({ ok: false, error: expect.stringMatching(/holds no YAML/) });
    expect(await readPackFiles([picked('Conf/vocab.yml', 'accept:\n  - foo\n')])).toMatchObject({ ok: false, error: expect.stringMatching(/no Vale rules/) });
  });

  const google = resolve(__dirname, '../../../../shared/realworld/vale/Google/Google');
  it.skipIf(!existsSync(google))('reads the published Google style as a folder pick, as the CLI does', async () => {
    const files = readdirSync(google).map((name) => picked(`Google/${name}`, readFileSync(join(google, name), 'utf8')));
    const result = await readPackFiles(files);
    if (!result.ok) throw new Error(result.error);
    const pack = JSON.parse(result.text);
    expect(validateHousePack(pack)).toEqual([]);
    expect(pack.rules.length + result.skipped.length).toBe(files.filter((f) => f.name.endsWith('.yml')).length);
    expect(pack.rules.length).toBeGreaterThan(result.skipped.length);
  });
});
