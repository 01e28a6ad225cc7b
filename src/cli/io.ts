/** Reading inputs (a file, a folder or a web address) and writing outputs, for every command. */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Something the command could not read: the file is missing, the address failed, the JSON is broken. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The text of a file or a web address. */
export async function readText(source: string): Promise<string> {
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await fetch(source, {
        headers: { accept: 'application/json, text/csv, */*' },
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new ReadError(`Could not fetch ${source}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new ReadError(`Could not fetch ${source}: the server answered ${response.status}.`);
    return await response.text();
  }
  try {
    return readFileSync(source, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT' ? `There is no file at ${source}.` : `Could not read ${source}: ${(error as Error).message}`,
    );
  }
}

/**
 * Where a JSON syntax error is. Newer Node versions say "position N"; Node 20 only quotes the
 * text around it ("...rvices": [,]}"), which is found in the document instead.
 */
function errorPosition(message: string, text: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const quoted = /"(?:\.\.\.)?([\s\S]+?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (quoted === undefined) return undefined;
  const start = text.indexOf(quoted);
  if (start < 0) return undefined;
  const offset = token === undefined ? 0 : Math.max(0, quoted.indexOf(token));
  return start + offset;
}

/** Decoded JSON, with the line and column of a syntax error in plain words. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = errorPosition(message, text);
    if (position !== undefined) {
      const before = text.slice(0, position);
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      throw new ReadError(`${source} is not valid JSON: a problem at line ${line}, column ${column} (${message}).`);
    }
    throw new ReadError(`${source} is not valid JSON (${message}).`);
  }
}

export async function readJson(source: string): Promise<unknown> {
  return parseJson(await readText(source), source);
}

export function isFolder(source: string): boolean {
  if (isUrl(source)) return false;
  try {
    return statSync(source).isDirectory();
  } catch {
    return false;
  }
}

/** The files in a folder (not its sub-folders), sorted so runs are repeatable. */
export function listFolder(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}
