#!/usr/bin/env node
// `npx attune-screeners keygen [--kid ID] [--dir DIR]`: writes the practice's key pair for sealed
// submissions (ECDH-ES on P-256, as JSON Web Keys with a kid): the public key for the website's
// `seal-key`, the private key for the clinician (to open them with openSealed or <attune-report>).
// Uses only Node's own WebCrypto; refuses to overwrite; the private key file is readable by its owner only.
import { constants, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { webcrypto } from 'node:crypto';

const USAGE = `Usage: npx attune-screeners keygen [--kid ID] [--dir DIR]

Writes two files in DIR (default: the current folder):
  attune-seal-<kid>.public.jwk.json    for the website: the seal-key of <attune-screener> / <attune-battery>
  attune-seal-<kid>.private.jwk.json   for the clinician only: opens sealed submissions (keep it off the website)
`;

function fail(message) {
  process.stderr.write(`attune-screeners: ${message}\n`);
  process.exit(1);
}

function option(args, name) {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value.\n\n${USAGE}`);
  args.splice(at, 2);
  return value;
}

async function writeNew(path, text, mode) {
  let file;
  try {
    // O_EXCL: never overwrite a key that may already be sealing a practice's submissions
    file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  } catch (error) {
    if (error.code === 'EEXIST')
      fail(
        `${path} exists already; nothing was written. Choose another --kid, or move the old key away first (a private key that is lost or overwritten cannot open what was sealed for it).`,
      );
    throw error;
  }
  try {
    await file.writeFile(text);
    await file.chmod(mode);
  } finally {
    await file.close();
  }
}

async function keygen(args) {
  const today = new Date().toISOString().slice(0, 10);
  const kid = option(args, '--kid') ?? `attune-${today}-${webcrypto.getRandomValues(new Uint8Array(3)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '')}`;
  const dir = resolve(option(args, '--dir') ?? '.');
  if (args.length) fail(`unknown argument ${args[0]}.\n\n${USAGE}`);
  if (!/^[\w.-]{1,64}$/.test(kid)) fail('--kid may hold letters, digits, dot, dash and underscore only (at most 64).');

  const { publicKey, privateKey } = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const pub = await webcrypto.subtle.exportKey('jwk', publicKey);
  const priv = await webcrypto.subtle.exportKey('jwk', privateKey);
  const publicJwk = { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y, kid, use: 'enc', alg: 'ECDH-ES' };
  const privateJwk = { ...publicJwk, d: priv.d };

  const publicPath = resolve(dir, `attune-seal-${kid}.public.jwk.json`);
  const privatePath = resolve(dir, `attune-seal-${kid}.private.jwk.json`);
  for (const path of [privatePath, publicPath])
    if (existsSync(path))
      fail(
        `${path} exists already; nothing was written. Choose another --kid, or move the old key away first (a private key that is lost or overwritten cannot open what was sealed for it).`,
      );
  // the private key first: if it cannot be written, no public key exists to seal with
  await writeNew(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, 0o600);
  await writeNew(publicPath, `${JSON.stringify(publicJwk, null, 2)}\n`, 0o644);

  process.stdout.write(`Key pair "${kid}" written.

PUBLIC key (for the website):  ${publicPath}
  Put it in the page as the seal-key of <attune-screener> or <attune-battery>:
  seal-key='${JSON.stringify(publicJwk)}'

PRIVATE key (for the clinician only):  ${privatePath}
  Readable by you alone (0600). Never put it on the website, in a form service or in email.
  It opens sealed submissions (openSealed in attune-screeners/core, or <attune-report>).
  Keep a backup somewhere safe: if it is lost, what was sealed for it can never be opened.
`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'keygen') await keygen(rest);
else if (command === undefined || command === '--help' || command === '-h' || command === 'help') process.stdout.write(USAGE);
else fail(`unknown command "${command}".\n\n${USAGE}`);
