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
}

export function loadOnce<K, V>(load: (key: K) => Promise<V>): LoadOnce<K, V> {
  const started = new Map<K, Promise<V>>();
  const get = (key: K): Promise<V> => {
    let value = started.get(key);
    if (!value) {
      value = load(key);
      started.set(key, value);
      value.catch(() => started.delete(key));
    }
    return value;
  };
  return Object.assign(get, { started });
}
