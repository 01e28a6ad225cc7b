/** `report`: the gap, duplicate, review and dead-end report for a feed, as HTML and Markdown. */
import { FeedError } from '../feed/errors.ts';
import { parseFeed } from '../feed/parse.ts';
import { analyse, valueSentences, waitSentences } from './analysis.ts';
import { today } from './clean.ts';
import { ReadError, readJson, writeText } from './io.ts';
import { reportHtml } from './report-html.ts';
import { reportMarkdown } from './report-md.ts';
import type { CommandResult } from './validate.ts';

export async function reportCommand(
  input: string,
  options: { out?: string; md?: string; today?: string },
): Promise<CommandResult> {
  let json: unknown;
  try {
    json = await readJson(input);
  } catch (error) {
    if (error instanceof ReadError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
  let analysis;
  try {
    analysis = analyse(parseFeed(json).feed, options.today ?? today());
  } catch (error) {
    if (error instanceof FeedError) {
      return {
        code: 1,
        stdout: '',
        stderr: `${error.message}\nRun "support-finder-feed validate ${input}" for every problem.\n`,
      };
    }
    throw error;
  }
  const htmlPath = options.out ?? 'report.html';
  const mdPath = options.md ?? htmlPath.replace(/\.html?$/i, '') + '.md';
  writeText(htmlPath, reportHtml(analysis));
  writeText(mdPath, reportMarkdown(analysis));
  const n = (x: number): string => x.toLocaleString('en-GB');
  return {
    code: 0,
    stdout: [
      `${n(analysis.services)} services. ${n(analysis.empty.length)} gaps (topic, age and area with no service), ${n(
        analysis.noSelfReferral.length,
      )} reachable only by referral.`,
      `${n(analysis.duplicates.length)} likely duplicates, ${n(analysis.stale.length)} not reviewed in time, ${n(
        analysis.noContact.length,
      )} with no way to get in touch.`,
      ...valueSentences(analysis),
      ...waitSentences(analysis),
      `${n(analysis.ageEnds.length)} ${analysis.ageEnds.length === 1 ? 'place where' : 'places where'} support on a topic ends at an age with nothing after in the same area.`,
      `Wrote ${htmlPath} and ${mdPath}.`,
      '',
    ].join('\n'),
    stderr: '',
  };
}
