/**
 * Sorts `a` in place, stably, and returns it. Short lists (the quotations or statements
 * of one paragraph) go by insertion: Array.prototype.sort allocates a work copy on every
 * call, and these sorts run once or more per paragraph of an archive.
 */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  if (a.length > 16) return a.sort(cmp);
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && cmp(a[j], x) > 0) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}
