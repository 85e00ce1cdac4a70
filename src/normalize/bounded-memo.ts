// A pure function of a string remembered by its argument, in a store that is emptied once it
// holds more than `max` keys: a document (or an archive) meets the same few keys again and
// again, an adversarial text a new one each time, and the store must not grow with it.

export function boundedMemo<V>(compute: (key: string) => V, max: number): (key: string) => V {
  const store = new Map<string, V>();
  return (key) => {
    let v = store.get(key);
    if (v === undefined) {
      if (store.size > max) store.clear();
      v = compute(key);
      store.set(key, v);
    }
    return v;
  };
}
