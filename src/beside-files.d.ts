// The files shipped beside the script tag, written into its bundle by the build (rollup.config.mjs,
// from tools/build/client-files.mjs and the source registries). The shape is BesideFiles
// (src/elements/internal/script-tag-hints.ts): an ambient module cannot import it by a relative path.
declare module 'attune:beside-files' {
  /** The client's elements, relative to the script. */
  export const entry: string;
  export const besideFiles: {
    instruments: readonly string[];
    locales: readonly string[];
    translations: readonly string[];
    battery: readonly string[];
    paged: readonly string[];
    saveResume: readonly string[];
    submission: readonly string[];
  };
}
