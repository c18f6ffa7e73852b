import * as readline from 'node:readline';
import { splitEvidence } from '../model/evidence';
import { describeArticle, flagsBySeverity, humanize, indexReport, type ReportIndex } from '../model/report-lookup';
import type { Report } from '../types';
import { isOpen, processFindings, type ReviewedFlag } from '../findings';
import { decisionFor } from './apply';
import { loadReviews, recordDecision } from './store';
import type { ReviewDecisionKind } from './types';

/**
 * `claimdiff review REPORT` in the terminal: walks the open flags one by one and records each answer at once
 * (recordDecision: locked, atomic), so quitting or a crash loses at most the flag on screen. Input is read
 * line by line (one key + Enter), which works the same from a keyboard and from a pipe.
 */
export interface TerminalReviewOptions {
  report: Report;
  /** Where decisions are kept (reviewsPathFor(corpus) or --reviews). */
  reviewsFile: string;
  who: string;
  /** The clock, read by the caller's layer (ISO 8601). */
  now: () => string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Mark claims with ANSI bold+underline instead of [brackets]; default: output is a TTY and NO_COLOR unset. */
  color?: boolean;
}

export interface TerminalReviewResult {
  decided: number;
  skipped: number;
  /** Open flags of the whole report once the session ends (what `check` would count). */
  stillOpen: number;
  quit: boolean;
}

const KEYS: Record<string, ReviewDecisionKind> = { c: 'confirmed', d: 'dismissed', w: 'needs-work' };
const WORDS: Record<string, string> = { confirm: 'c', dismiss: 'd', 'needs-work': 'w', 'needs work': 'w', note: 'n', skip: 's', quit: 'q', help: '?' };

const HELP = [
  '  c  confirm: the divergence is real (the flag stays open, check keeps failing on it)',
  '  d  dismiss: not a real divergence (check ignores it while its evidence is unchanged)',
  '  w  needs work: looked at, not settled yet (stays open)',
  '  n  add a note, then choose c, d or w',
  '  s  skip this flag for now',
  '  q  quit (decisions made so far are saved)',
  '  ?  this help',
].join('\n');

/**
 * Control characters in article text could move the cursor or recolour the terminal (escape sequences):
 * shown as U+FFFD instead. Tabs and line breaks become spaces so that each sentence stays on its lines.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** The claim marked inside its sentence: bold+underline on a colour terminal, [brackets] otherwise. */
export function markedSentence(sentence: { start: number; end: number; text: string }, span: { start: number; end: number }, claimText: string | undefined, color: boolean): string {
  const { before, match, after } = splitEvidence(sentence, span, claimText);
  if (!match) return terminalSafe(before);
  const m = terminalSafe(match);
  return `${terminalSafe(before)}${color ? `\x1b[1;4m${m}\x1b[0m` : `[${m}]`}${terminalSafe(after)}`;
}

function sourceLine(articleId: string, index: ReportIndex): string {
  const { outlet, published } = describeArticle(articleId, index);
  return terminalSafe([articleId, outlet, published].filter((x): x is string => !!x).join(' · '));
}

function currentDecisionLine(flag: ReviewedFlag): string | null {
  const r = flag.review;
  if (!r) return null;
  const note = r.note ? ` (note: ${terminalSafe(r.note)})` : '';
  const said = `${r.decision} by ${terminalSafe(r.who)} at ${r.when}${note}`;
  return r.stale
    ? `  ! Was ${said}; the evidence has changed since, so the flag is open again.`
    : `  Current decision: ${said}.`;
}

/** How one flag is shown: header, reason, each evidence sentence under its source, and any earlier decision. */
export function formatFlag(flag: ReviewedFlag, position: { n: number; of: number }, index: ReportIndex, color: boolean): string {
  const lines = [
    '',
    `[${position.n}/${position.of}] ${flag.severity} · ${humanize(flag.kind)} · ${terminalSafe(flag.id)}${flag.group ? ` (group ${terminalSafe(flag.group)})` : ''}`,
    `  ${terminalSafe(flag.reason)}`,
  ];
  for (const e of flag.evidence) {
    const claimText = e.claimId ? index.claims.get(e.claimId)?.text : undefined;
    lines.push(`  ${sourceLine(e.articleId, index)}`);
    lines.push(`    ${markedSentence(e.sentence, e.span, claimText, color)}`);
  }
  const current = currentDecisionLine(flag);
  if (current) lines.push(current);
  return lines.join('\n') + '\n';
}

/**
 * Questions and their answers, one line each; null once the input ends (EOF is read as "quit"). When the
 * input is not a terminal (a pipe, a script) nobody echoes what was typed, so the answer is echoed after the
 * prompt, and the transcript reads as it would have on screen.
 */
class Prompter {
  private readonly lines: string[] = [];
  private readonly waiting: Array<(line: string | null) => void> = [];
  private closed = false;
  private readonly rl: readline.Interface;
  private readonly echo: boolean;

  constructor(input: NodeJS.ReadableStream, private readonly write: (s: string) => void) {
    this.echo = (input as { isTTY?: boolean }).isTTY !== true;
    this.rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
    this.rl.on('line', (line) => {
      const w = this.waiting.shift();
      if (w) w(line);
      else this.lines.push(line);
    });
    this.rl.on('close', () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w(null);
    });
  }

  private next(): Promise<string | null> {
    if (this.lines.length) return Promise.resolve(this.lines.shift()!);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async ask(prompt: string): Promise<string | null> {
    this.write(prompt);
    const line = await this.next();
    if (this.echo) this.write(line === null ? '\n' : `${terminalSafe(line)}\n`);
    return line;
  }

  close(): void {
    this.rl.close();
  }
}

/** An answer as one of the keys; long words are accepted too ("dismiss"). Unknown answers give ''. */
export function parseAnswer(line: string): string {
  const a = line.trim().toLowerCase();
  if (a.length === 1 && 'cdwnsq?h'.includes(a)) return a === 'h' ? '?' : a;
  return WORDS[a] ?? '';
}

type Outcome = { kind: 'decided'; decision: ReviewDecisionKind } | { kind: 'skipped' } | { kind: 'quit' };

/** Asks until the reviewer settles this flag (decision, skip or quit). */
async function ask(prompter: Prompter, write: (s: string) => void): Promise<Outcome & { note?: string }> {
  let note: string | undefined;
  for (;;) {
    const line = await prompter.ask(note === undefined
      ? 'Decision? [c]onfirm [d]ismiss needs-[w]ork [n]ote [s]kip [q]uit [?]help: '
      : 'Decision for this note? [c]onfirm [d]ismiss needs-[w]ork [s]kip [q]uit: ');
    if (line === null) return { kind: 'quit' };
    const key = parseAnswer(line);
    if (KEYS[key]) return { kind: 'decided', decision: KEYS[key]!, ...(note ? { note } : {}) };
    if (key === 's') return { kind: 'skipped' };
    if (key === 'q') return { kind: 'quit' };
    if (key === '?') {
      write(`${HELP}\n`);
    } else if (key === 'n') {
      const text = await prompter.ask('Note: ');
      if (text === null) return { kind: 'quit' };
      note = text.trim() || undefined;
      if (!note) write('  (empty note: none kept)\n');
    } else {
      write(`  Unknown answer "${terminalSafe(line.trim())}"; type ? and Enter for help.\n`);
    }
  }
}

function countOpen(report: Report, reviewsFile: string): number {
  return processFindings(report.flags, { reviews: loadReviews(reviewsFile) }).filter(isOpen).length;
}

export async function reviewInTerminal(opts: TerminalReviewOptions): Promise<TerminalReviewResult> {
  const { report, reviewsFile, output } = opts;
  const write = (s: string) => void output.write(s);
  const color = opts.color ?? ((output as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR);
  const index = indexReport(report);
  const open = flagsBySeverity(processFindings(report.flags, { reviews: loadReviews(reviewsFile) }).filter(isOpen)) as ReviewedFlag[];

  const result: TerminalReviewResult = { decided: 0, skipped: 0, stillOpen: open.length, quit: false };
  if (!open.length) {
    write(`No open flags: nothing to review (${report.flags.length} flag${report.flags.length === 1 ? '' : 's'} in the report).\n`);
  } else {
    write(`${open.length} open flag${open.length === 1 ? '' : 's'} to review; decisions go to ${reviewsFile} as ${opts.who}. Type ? for help.\n`);
    const prompter = new Prompter(opts.input, write);
    try {
      for (let i = 0; i < open.length; i++) {
        const flag = open[i]!;
        write(formatFlag(flag, { n: i + 1, of: open.length }, index, color));
        const answer = await ask(prompter, write);
        if (answer.kind === 'quit') {
          result.quit = true;
          break;
        }
        if (answer.kind === 'skipped') {
          result.skipped++;
          write('  → skipped\n');
          continue;
        }
        await recordDecision(reviewsFile, decisionFor(flag, answer.decision, { who: opts.who, when: opts.now(), note: answer.note ?? null }));
        result.decided++;
        write(`  → ${answer.decision}${answer.note ? ' (with note)' : ''}, saved\n`);
      }
    } finally {
      prompter.close();
    }
    result.stillOpen = countOpen(report, reviewsFile);
  }
  write(`${result.decided} decided, ${result.skipped} skipped, ${result.stillOpen} still open\n`);
  return result;
}
