/** The command line: which command, its input, and its options, with help in plain words. */
import { parseArgs } from 'node:util';

export const HELP = `support-finder-feed: make, check and report on a Support Finder feed.

Commands:
  validate <feed file or web address> [--json]
      List every problem in a feed: counts first, then each one with what to do.
      Exit code 0: fine (warnings allowed), 1: errors, 2: could not read the file.

  import-csv <spreadsheet.csv> [--base base.json] [--out feed.json] [--report report.md]
             [--review review.csv] [--review-out review.csv] [--scope all]
      Make a feed from a spreadsheet saved as CSV, laid out like data-schema/template.csv.

  import-hsds <file, folder or web address> [--mapping mapping.json] [--out feed.json] [--report report.md]
              [--review review.csv] [--review-out review.csv] [--scope all]
      Make a feed from an Open Referral UK / HSDS export (JSON, or a folder of CSV tables).
      Both importers read topics, ages, who it is for, self-referral and contact details from
      each service's text when the source fields lack them, keep the services for children,
      young people and families, and write a review sheet (default: beside --out, as
      <out>.review.csv) with one row per service to confirm or correct.

  report <feed file or web address> [--out report.html] [--md report.md]
      Gaps (topics by ages by areas), likely duplicates, out-of-date listings and dead ends.

Options:
  --review FILE        apply the corrections in an edited review sheet (by service id); without
                       it, an existing sheet at the --review-out place is applied
  --review-out FILE    where to write the new review sheet (default: <out>.review.csv)
  --scope all          keep every service, not only those for children, young people and families
  --today YYYY-MM-DD   judge review dates as of this day (default: today)
  --help               show this help

Guide: data-schema/README.md`;

export type Command = 'validate' | 'import-csv' | 'import-hsds' | 'report';

export interface Args {
  command: Command | 'help';
  input?: string;
  json: boolean;
  out?: string;
  report?: string;
  md?: string;
  mapping?: string;
  base?: string;
  today?: string;
  review?: string;
  reviewOut?: string;
  /** `all` keeps every service; otherwise the importer's scope rule (or the mapping's) applies. */
  scope?: 'all';
}

/** Thrown for a command line that does not make sense; main prints the message and the help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMANDS = new Set<string>(['validate', 'import-csv', 'import-hsds', 'report']);

export function parseCommandLine(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        md: { type: 'string' },
        mapping: { type: 'string', short: 'm' },
        base: { type: 'string' },
        today: { type: 'string' },
        review: { type: 'string' },
        'review-out': { type: 'string' },
        scope: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, input, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help', json: false };
  if (!COMMANDS.has(command)) throw new UsageError(`There is no command "${command}".`);
  if (input === undefined) throw new UsageError(`${command} needs a file, folder or web address to read.`);
  if (extra.length > 0) throw new UsageError(`Unexpected extra words: ${extra.join(' ')}.`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError('--today must be a date written YYYY-MM-DD.');
  }
  if (values.scope !== undefined && values.scope !== 'all') {
    throw new UsageError(`--scope can only be "all" (keep every service); "${values.scope}" is not known.`);
  }
  const args: Args = { command: command as Command, input, json: values.json };
  for (const key of ['out', 'report', 'md', 'mapping', 'base', 'today', 'review'] as const) {
    const value = values[key];
    if (value !== undefined) args[key] = value;
  }
  if (values['review-out'] !== undefined) args.reviewOut = values['review-out'];
  if (values.scope === 'all') args.scope = 'all';
  return args;
}
