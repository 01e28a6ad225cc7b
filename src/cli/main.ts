/**
 * `support-finder-feed`: the command-line tool partnership officers use to make, check and report
 * on a feed. Node only; nothing here is ever imported by the finder itself.
 */
import { HELP, parseCommandLine, UsageError, type Args } from './args.ts';
import { importCsvCommand } from './csv-import.ts';
import { importHsdsCommand } from './hsds-import.ts';
import { reportCommand } from './report.ts';
import { validateCommand, type CommandResult } from './validate.ts';

export async function run(argv: readonly string[]): Promise<CommandResult> {
  let args: Args;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `${error.message}\n\n${HELP}\n` };
    throw error;
  }
  const input = args.input ?? '';
  switch (args.command) {
    case 'help':
      return { code: 0, stdout: `${HELP}\n`, stderr: '' };
    case 'validate':
      return validateCommand(input, args);
    case 'import-csv':
      return importCsvCommand(input, args);
    case 'import-hsds':
      return importHsdsCommand(input, args);
    case 'report':
      return reportCommand(input, args);
  }
}
