import type { Plugin } from 'rollup';

/** The symbol the script tag leaves its shared code under (`Symbol.for`). */
export const SHARED_KEY: string;

/** The source of the module that hands the script tag's exports (`exports`, by name) to the client's chunks. */
export declare function sharedModule(exports: readonly string[], scriptTag: string): string;

/** The rollup plugin that makes the entry chunk `entry` the classic script `scriptTag` (paths relative to the output folder). */
export declare function scriptTagFromEntry(files: { entry: string; scriptTag: string }): Plugin;
