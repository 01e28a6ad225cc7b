/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early
 * once it must exceed `max`. Fuse finds candidates; this decides, so "anxeity" (one swap from
 * "anxiety") counts as one typo and "sand" is never "sad".
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows in typed arrays (always in bounds, zero-filled): this runs per keystroke.
  let prev2 = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a word of this length may have: none under five letters, two from nine. */
export function typoAllowance(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}
