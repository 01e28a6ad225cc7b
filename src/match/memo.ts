/**
 * Remembers the last result of `fn` and returns it while every argument is the same (by
 * identity). Results depend on the prepared feed, the answers and the minute; state changes make
 * new objects, so one comparison per argument tells whether anything needs working out again.
 * One cache entry is enough: the screen only ever shows the latest answers.
 */
export function memoOne<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last?.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * `work` for one input, each answer kept by the input (a string, or an object by identity): for
 * pure work asked again and again with the same few inputs (a card's date or link, drawn again at
 * each key typed; a zone's clock). Past `bound` answers it starts afresh, so an unexpected stream
 * of new inputs cannot grow it without end.
 */
export function memoByKey<T, K = string>(work: (input: K) => T, bound: number): (input: K) => T {
  const answers = new Map<K, T>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined || answers.has(input)) return known as T;
    const answer = work(input);
    if (answers.size >= bound) answers.clear();
    answers.set(input, answer);
    return answer;
  };
}
