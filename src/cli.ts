import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { CompareOptions } from './cli/compare';
import type { CheckOptions } from './cli/check';
import { CI_FORMATS, PAGE_FORMATS, REPORT_FORMATS } from './report/formats';
import { isInputError } from './ingest/errors';
import { UsageError } from './lib/usage-error';
import { warn } from './cli/say';
import { stripControls } from './lib/terminal';
import type { ReportWriteError } from './report/write';

/**
 * Each command's module is loaded when the command runs: a `check` in CI should not pay for the report
 * renderers, the review server or the extractors' callers it does not use (module loading is most of a
 * scoped check's fixed cost).
 */
const extractCommand: typeof import('./cli/extract').extractCommand = (...a) => (require('./cli/extract') as typeof import('./cli/extract')).extractCommand(...a);
const indexCommand: typeof import('./cli/index-command').indexCommand = (...a) => (require('./cli/index-command') as typeof import('./cli/index-command')).indexCommand(...a);
const compareCommand: typeof import('./cli/compare').compareCommand = (...a) => (require('./cli/compare') as typeof import('./cli/compare')).compareCommand(...a);
const checkCommand: typeof import('./cli/check').checkCommand = (...a) => (require('./cli/check') as typeof import('./cli/check')).checkCommand(...a);
const reviewCommand: typeof import('./cli/review').reviewCommand = (...a) => (require('./cli/review') as typeof import('./cli/review')).reviewCommand(...a);
/** The package version (pipeline.ts reads it the same way), without loading the pipeline. */
const TOOL_VERSION: string = (require(path.resolve(__dirname, '../package.json')) as { version: string }).version;
/** By the name the class gives itself: importing it would load the report renderers for every command. */
const isReportWriteError = (e: unknown): e is ReportWriteError => e instanceof Error && e.name === 'ReportWriteError';

/**
 * The claimdiff command line. Exit status (contract): 0 success, 1 `check` found flags at or above --fail-on,
 * 2 bad usage or unreadable/invalid input, with one line on stderr naming the file and the problem.
 */
/**
 * `--against` takes several paths, so `check --against DIR FILE` hands FILE to it: with no article named
 * elsewhere, the article files after the first --against path are the articles to check (folders stay corpus).
 */
function splitCheckPaths(files: string[], opts: CheckOptions): [string[], CheckOptions] {
  const against = opts.against ?? [];
  if (files.length > 0 || against.length < 2) return [files, opts];
  const isFolder = (p: string) => {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  const corpus = [against[0]!, ...against.slice(1).filter(isFolder)];
  const fresh = against.slice(1).filter((p) => !isFolder(p));
  return [fresh, { ...opts, against: corpus }];
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('claimdiff')
    .description('Shows, claim by claim, where news sources agree and where they diverge.')
    .version(TOOL_VERSION, '--version', 'print the version')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    // One error prefix: commander's own "error: ..." lines read like every other claimdiff message.
    .configureOutput({ writeErr: (s) => process.stderr.write(stripControls(s.replace(/^error: /, 'claimdiff: '))), writeOut: (s) => process.stdout.write(s) });

  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };

  program
    .command('extract')
    .description('print the checkable claims of each article')
    .argument('<paths...>', 'article files or folders of articles')
    .option('--published <date>', 'publication date (YYYY-MM-DD, YYYY-MM or YYYY) for every file given')
    .option('--json', 'print one JSON document (schemas/extraction.schema.json)')
    .action(async (paths: string[], opts: { published?: string; json?: boolean }) => setExit(await extractCommand(paths, opts)));

  program
    .command('compare')
    .description('extract, align across sources, flag divergences, and write the report')
    .argument('<paths...>', 'corpus folders or article files')
    .option('--out <dir>', 'output folder (default reports/<corpus name>/)')
    .option('--format <list>', `report formats, comma-separated: ${REPORT_FORMATS.join(',')}`, REPORT_FORMATS.join(','))
    .option('--reviews <file>', 'review decisions to apply (default <corpus>/.claimdiff/reviews.json)')
    .action(async (paths: string[], opts: CompareOptions) => setExit(await compareCommand(paths, opts)));

  program
    .command('check')
    .description('CI gate: compare new articles with an existing corpus')
    .argument('[files...]', 'the new articles (anywhere on the line: check --against DIR FILE works)')
    .option('--against <paths...>', 'the corpus to check against (folders or files)')
    .option('--fail-on <level>', 'exit 1 when an open flag at or above this severity is found: error, warning, info', 'error')
    .option('--min-severity <level>', 'show and count only flags at or above this severity: error, warning, info')
    .option('--quiet', 'the same as --min-severity warning (no info flags)')
    .option('--published <date>', 'publication date of the new articles (YYYY-MM-DD, YYYY-MM or YYYY): relative dates resolve against it')
    .option('--outlet <name>', 'the outlet of the new articles')
    .option('--format <list>', `output formats, comma-separated: ${CI_FORMATS.join(', ')} (also ${PAGE_FORMATS.join(', ')})`, 'text')
    .option('--out <dir>', 'with several formats: where json/junit/sarif files go')
    .option('--reviews <file>', 'review decisions (default <corpus>/.claimdiff/reviews.json)')
    .action(async (files: string[], opts: CheckOptions) => setExit(await checkCommand(...splitCheckPaths(files, opts))));

  program
    .command('index')
    .description('build or refresh the embedded claim index of corpus folders (<dir>/.claimdiff/index.sqlite)')
    .argument('<paths...>', 'corpus folders')
    .action(async (paths: string[]) => setExit(await indexCommand(paths)));

  program
    .command('review')
    .description('walk the open flags of a report and record a decision for each (confirmed / dismissed / needs-work)')
    .argument('<report>', 'report.json, check.json (check --format json), or the folder holding report.json')
    .option('--serve', 'serve the HTML report on 127.0.0.1 with one-click decisions on each flag')
    .option('--port <n>', 'port for --serve (default: any free port)')
    .option('--reviews <file>', 'review decisions (default <corpus>/.claimdiff/reviews.json)')
    .option('--who <name>', 'reviewer name (default $CLAIMDIFF_REVIEWER or the login name)')
    .option('--state <list>', 'walk the flags in these review states: open (default), unreviewed, confirmed, dismissed, needs-work, noted, stale')
    .action(async (report: string, opts: { serve?: boolean; port?: string; reviews?: string; who?: string; state?: string }) =>
      setExit(await reviewCommand(report, { ...opts, port: opts.port === undefined ? undefined : Number(opts.port) })),
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; everything else commander rejects is bad usage
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isInputError(e) || e instanceof UsageError || isReportWriteError(e)) {
      warn(`${e.message}`);
      return 2;
    }
    const err = e as Error;
    warn(`internal error: ${err.message}`);
    if (debug) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
