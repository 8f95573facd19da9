// The files shipped beside the script tag, written into its bundle by the build (rollup.config.mjs,
// from tools/build/client-files.mjs and the source registries), in the shape the script tag's hints read.
declare module 'attune:beside-files' {
  export const besideFiles: import('./elements/internal/script-tag-hints.js').BesideFiles;
}
