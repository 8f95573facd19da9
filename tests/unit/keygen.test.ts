// `npx attune-screeners keygen`: the bin run as a practice runs it, in a temporary folder. Its keys
// seal and open, the private key is readable by its owner only, and nothing is ever overwritten.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openSealed, score, type SealPrivateJwk, type SealPublicJwk } from '../../src/core.js';
import { seal } from '../../src/delivery/seal.js';
import { publicSealKey } from '../../src/delivery/seal-key.js';
import { toCompletion } from '../../src/session/completion.js';

const BIN = resolve('bin/attune-screeners.mjs');
const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-keygen-'));
  dirs.push(dir);
  return dir;
}

async function keygen(cwd: string, ...args: string[]) {
  return run(process.execPath, [BIN, 'keygen', ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('npx attune-screeners keygen', () => {
  it('writes a public key for the site and a private key (0600) for the clinician, says which is which, and they seal and open', async () => {
    const dir = tempDir();
    const { code, stdout } = await keygen(dir, '--kid', 'practice-1');
    expect(code).toBe(0);
    const publicPath = join(dir, 'attune-seal-practice-1.public.jwk.json');
    const privatePath = join(dir, 'attune-seal-practice-1.private.jwk.json');
    expect(readdirSync(dir).sort()).toEqual(['attune-seal-practice-1.private.jwk.json', 'attune-seal-practice-1.public.jwk.json']);
    expect(stdout).toContain(`PUBLIC key (for the website):  ${publicPath}`);
    expect(stdout).toContain(`PRIVATE key (for the clinician only):  ${privatePath}`);
    expect(stdout).toMatch(/if it is lost, what was sealed for it can never be opened/);
    expect(statSync(privatePath).mode & 0o777).toBe(0o600);
    const publicJwk = JSON.parse(readFileSync(publicPath, 'utf8')) as SealPublicJwk;
    const privateJwk = JSON.parse(readFileSync(privatePath, 'utf8')) as SealPrivateJwk;
    expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'practice-1' });
    expect(publicJwk).not.toHaveProperty('d');
    expect(privateJwk.d).toMatch(/^[\w-]{43}$/);
    // the private key is never printed; the public one is, ready for the page
    expect(stdout).not.toContain(privateJwk.d);
    expect(publicSealKey(JSON.parse(/seal-key='([^']+)'/.exec(stdout)![1]!))).toEqual(publicSealKey(publicJwk));

    const answers = { exposure: 0 };
    const submission = { idempotencyKey: 'k'.repeat(16), ...toCompletion(score('pc-ptsd-5', answers), answers) };
    expect(await openSealed(await seal(submission, JSON.stringify(publicJwk)), privateJwk)).toEqual(submission);
  });

  it('gives each pair a kid of its own when none is asked for', async () => {
    const dir = tempDir();
    expect((await keygen(dir)).code).toBe(0);
    expect((await keygen(dir)).code).toBe(0);
    const kids = readdirSync(dir)
      .filter((f) => f.endsWith('.public.jwk.json'))
      .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as SealPublicJwk).kid);
    expect(new Set(kids).size).toBe(2);
    for (const kid of kids) expect(kid).toMatch(/^attune-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$/);
  });

  it('refuses to overwrite either file, and writes nothing then', async () => {
    const dir = tempDir();
    expect((await keygen(dir, '--kid', 'k')).code).toBe(0);
    const before = readFileSync(join(dir, 'attune-seal-k.private.jwk.json'), 'utf8');
    const again = await keygen(dir, '--kid', 'k');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already; nothing was written/);
    expect(readFileSync(join(dir, 'attune-seal-k.private.jwk.json'), 'utf8')).toBe(before);

    const other = tempDir();
    writeFileSync(join(other, 'attune-seal-j.public.jwk.json'), 'mine');
    expect((await keygen(other, '--kid', 'j')).code).toBe(1);
    expect(readdirSync(other)).toEqual(['attune-seal-j.public.jwk.json']);
    expect(readFileSync(join(other, 'attune-seal-j.public.jwk.json'), 'utf8')).toBe('mine');
  });

  it('writes into --dir, and refuses a kid that is not a plain name or an unknown command', async () => {
    const dir = tempDir();
    const into = tempDir();
    expect((await keygen(dir, '--dir', into, '--kid', 'x')).code).toBe(0);
    expect(readdirSync(into)).toHaveLength(2);
    expect((await keygen(dir, '--kid', '../escape')).code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    const unknown = await run(process.execPath, [BIN, 'keygenn'], { cwd: dir }).catch((e: { code: number; stderr: string }) => e);
    expect(unknown).toMatchObject({ code: 1 });
  });
});
