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
 * `work` for a string, each answer kept: for pure work asked again and again with the same few
 * inputs (a card's date or link, drawn again at each key typed). Past `bound` answers it starts
 * afresh, so an unexpected stream of new inputs cannot grow it without end.
 */
export function memoByKey<T>(work: (input: string) => T, bound: number): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    if (answers.has(input)) return answers.get(input) as T;
    const answer = work(input);
    if (answers.size >= bound) answers.clear();
    answers.set(input, answer);
    return answer;
  };
}
