/** `validate`: every problem in a feed at once, counted by rule, then listed one by one. */
import { validateJson, type Problem, type ValidationReport } from './rules.ts';

// The report is built in rules.ts, which needs no Node, so the demo's configurator runs it too.
export { validateJson, type ValidationReport };
import { ReadError, readJson } from './io.ts';
import { today } from './clean.ts';

/** What a command hands back to the command line: the exit code and what to print. */
export interface CommandResult {
  /** 0 fine (warnings allowed), 1 errors, 2 could not read the input. */
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export interface ValidateOptions {
  json?: boolean;
  /** Judge review dates as of this day (YYYY-MM-DD); today by default. */
  today?: string;
}

function who(p: Problem): string {
  if (p.serviceId === undefined && p.serviceName === undefined) return '';
  const id = p.serviceId === undefined ? 'service with no id' : `service "${p.serviceId}"`;
  return ` — ${id}${p.serviceName ? ` (${p.serviceName})` : ' (no name)'}`;
}

/** The text `validate` prints: counts per rule first, then every problem with its path and service. */
export function formatValidation(report: ValidationReport): string {
  const lines: string[] = [];
  const n = (x: number): string => x.toLocaleString('en-GB');
  lines.push(
    `${report.source}: ${n(report.services)} services, ${n(report.shown)} will show in the finder.`,
    report.errors === 0 && report.warnings === 0
      ? 'No problems found.'
      : `${n(report.errors)} ${report.errors === 1 ? 'error' : 'errors'} and ${n(report.warnings)} ${
          report.warnings === 1 ? 'warning' : 'warnings'
        }.`,
  );
  if (report.rules.length > 0) {
    lines.push('', 'Summary (most common first):');
    for (const rule of report.rules) {
      lines.push(
        `  ${rule.severity === 'error' ? 'ERROR  ' : 'warning'}  ${rule.summary}`,
        `           What to do: ${rule.fix}`,
      );
    }
    lines.push('', 'Every problem:');
    for (const rule of report.rules) {
      lines.push('', `${rule.summary}. What to do: ${rule.fix}`);
      for (const p of report.problems.filter((x) => x.rule === rule.rule)) {
        lines.push(`  ${p.severity === 'error' ? 'ERROR  ' : 'warning'}  ${p.path}${who(p)}: ${p.message}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function validateCommand(source: string, options: ValidateOptions): Promise<CommandResult> {
  let json: unknown;
  try {
    json = await readJson(source);
  } catch (error) {
    if (error instanceof ReadError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
  const report = validateJson(json, source, options.today ?? today());
  return {
    code: report.ok ? 0 : 1,
    stdout: options.json ? `${JSON.stringify(report, null, 2)}\n` : formatValidation(report),
    stderr: '',
  };
}
