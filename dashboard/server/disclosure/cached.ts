/** A Map or WeakMap: what `cached` needs of it. */
interface CacheMap<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value cached under `key`, made (and kept) on first use. The release path caches what
 * depends only on objects that never change once built (systems, publications, aggregates),
 * often one level per key: this is each level's get-or-make.
 */
export function cached<K, V>(map: CacheMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
