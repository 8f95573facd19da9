// A fresh custom-elements.json for the tests that compare the elements with their documentation:
// generated from the current source (the same config as `npm run analyze`) into a temp dir, so a
// stale manifest from an earlier build can never make them pass.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { customElements } from '../../tools/build/editor-data.mjs';

export const root = new URL('../../', import.meta.url).pathname;

export interface CssEntry {
  name: string;
  description?: string;
  default?: string;
}
export interface ElementDoc {
  module: string;
  name: string;
  tagName: string;
  cssProperties?: CssEntry[];
  cssParts?: CssEntry[];
  events?: { name: string; description?: string }[];
  attributes?: { name: string; type?: { text: string } }[];
}
export interface Manifest {
  modules: { path: string; declarations?: unknown[] }[];
}

export function generateManifest(): Manifest {
  const dir = mkdtempSync(join(tmpdir(), 'attune-cem-'));
  try {
    // the analyzer joins --outdir onto the working directory, so pass it relative
    const run = spawnSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--outdir', relative(root, dir)], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`cem analyze failed:\n${run.stderr}`);
    return JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const elementsOf = (manifest: Manifest) => customElements(manifest) as ElementDoc[];
