import type { Message, Messages } from './en.ts';

/**
 * Catalogs are written as objects keyed by message (readable, and typechecked against English),
 * but the script-tag build ships each one as a plain list of texts in English key order: the
 * ~300 keys would otherwise cost every language file 1.4 KB gzip. The entry file already holds
 * the keys, in English.
 */
export function packMessages(messages: Messages, order: readonly string[]): Message[] {
  return order.map((key) => {
    const message = (messages as Record<string, Message | undefined>)[key];
    if (message === undefined) throw new Error(`catalog has no "${key}"`);
    return message;
  });
}

/** A catalog as written, or as packed by the build. */
export type PackedOrNot = Messages | readonly Message[];

export function unpackMessages(messages: PackedOrNot, order: readonly string[]): Messages {
  if (!Array.isArray(messages)) return messages as Messages;
  const values = messages as readonly Message[];
  return Object.fromEntries(order.map((key, i) => [key, values[i]])) as Messages;
}
