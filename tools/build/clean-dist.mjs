// Empties dist/ before a build: rollup names chunks by content hash, so chunks of earlier builds would
// otherwise pile up there and ship in the package.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
