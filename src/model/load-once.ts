/**
 * The library's one way of loading a file on demand: once per key and page, shared by every element
 * that asks (an instrument's wording, a language, the submission outbox). A failed load (the file
 * missing beside the script, the network gone) is forgotten, so the next request tries again instead
 * of failing for the rest of the visit.
 */
export interface LoadOnce<K, V> {
  (key: K): Promise<V>;
  /** The loads started so far, by key (settled or not). */
  readonly started: ReadonlyMap<K, Promise<V>>;
  /**
   * The value of a load that has already succeeded, at once; undefined before that. An element given
   * what is already here renders it in its first update instead of a frame later.
   */
  loaded(key: K): V | undefined;
}

export function loadOnce<K, V>(load: (key: K) => Promise<V>): LoadOnce<K, V> {
  const started = new Map<K, Promise<V>>();
  const done = new Map<K, V>();
  const get = (key: K): Promise<V> => {
    let value = started.get(key);
    if (!value) {
      value = load(key);
      started.set(key, value);
      value.then(
        (v) => done.set(key, v),
        () => started.delete(key),
      );
    }
    return value;
  };
  return Object.assign(get, { started, loaded: (key: K) => done.get(key) });
}
