import type { Plugin } from 'rollup';
export function minifyTemplates(): Plugin;
