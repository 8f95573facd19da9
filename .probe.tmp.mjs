// in-memory size probe of the client build (writes nothing to dist)
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import configs from './rollup.config.mjs';
const c = configs[1];
const b = await rollup({ ...c, onwarn() {} });
const { output } = await b.generate(c.output);
for (const ch of output.filter((o) => o.type === 'chunk')) console.log(ch.fileName, ch.code.length, gzipSync(ch.code, { level: 9 }).length, ch.imports.join(','));
