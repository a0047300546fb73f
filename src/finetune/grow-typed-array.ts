/**
 * The typed array behind a growable list, with room for one more entry after `used`: the array itself while it has
 * room, else a copy twice as long (appends stay amortised O(1), with no heap number or array slot per entry).
 */
export function withRoomForOne<T extends Int32Array | Float64Array>(array: T, used: number): T {
  if (used < array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}
