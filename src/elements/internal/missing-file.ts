import { AttuneError } from '../../model/attune-error.js';

/**
 * One of the library's own files (a validator, an instrument's wording, a language) did not load from
 * beside the script: the practice copied only part of dist/. Says which, and what the client is left with.
 */
export function missingFile(file: string, consequence: string): AttuneError {
  return new AttuneError('unavailable', missingFileMessage(file, consequence));
}

/** The message of `missingFile`, for the script tag's loader, which reports it without the error class. */
export function missingFileMessage(file: string, consequence: string): string {
  return `${file} could not be loaded from beside the script (copy every file of dist/ together); ${consequence}.`;
}

/** The folder of the script tag's files, once its entry has said where it is (the ES build never does). */
let scriptFolder: string | undefined;

/**
 * Called by the script tag's entry with the folder its files are in, so that a file which failed to
 * load is asked for again under an address of its own: a browser may keep a failed module load for
 * the rest of the visit and fail every later `import()` of the same address at once.
 */
export function filesBesideScriptAt(folder: string): void {
  scriptFolder = folder;
}

/**
 * A loader for one of the library's own files beside the script (`file`, as the script tag's build
 * names it): loaded once per page and shared by every element that asks; a failed load rejects with
 * `missingFile(file, consequence)` and is forgotten, so the next request tries again (beside the
 * script tag, at `<file>?retry=<n>`).
 */
export function fileBesideScript<T>(file: string, consequence: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failures = 0;
  return () =>
    (loading ??= (failures && scriptFolder ? (import(new URL(`${file}?retry=${failures}`, scriptFolder).href) as Promise<T>) : load()).catch(() => {
      failures++;
      loading = undefined;
      throw missingFile(file, consequence);
    }));
}
