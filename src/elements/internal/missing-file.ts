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

/**
 * A loader for one of the library's own files beside the script (`file`, as the script tag's build
 * names it): loaded once per page and shared by every element that asks; a failed load rejects with
 * `missingFile(file, consequence)` and is forgotten, so the next request tries again.
 */
export function fileBesideScript<T>(file: string, consequence: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch(() => {
      loading = undefined;
      throw missingFile(file, consequence);
    }));
}
