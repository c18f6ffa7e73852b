import { splitEvidence } from '../model/evidence';
import { describeArticle, humanize, indexReport, type ReportIndex } from '../model/report-lookup';
import type { Report } from '../types';
import { filterByReviewState, isOpen, processFindings, type ReviewedFlag, type ReviewState } from '../findings';
import { readableTime } from '../lib/time';
import { answerInput, type AnswerInput } from './terminal-input';
import { decisionFor } from './apply';
import { loadReviews, recordDecision } from './store';
import type { ReviewDecisionKind } from './types';

/**
 * `claimdiff review REPORT` in the terminal: walks the open flags one by one and records each answer at once
 * (recordDecision: locked, atomic), so quitting, Ctrl-C or a crash loses at most the flag on screen. On a
 * terminal one key is one answer (raw mode), text is wrapped at words and a tall flag is paged; from a pipe,
 * answers are read line by line (terminal-input.ts).
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
  /** Walk the flags in these review states instead of the open ones. */
  states?: readonly ReviewState[];
  /** Wrap at this width (default: the terminal's columns; 0: no wrapping). */
  width?: number;
  /** Raw single-key input (default: when the input is a terminal). */
  raw?: boolean;
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
  '  n  add a note (saved at once), then choose c, d or w',
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
  if (r.decision === null && !r.stale) return `  Note (no decision yet) by ${terminalSafe(r.who)}, ${readableTime(r.when)}: ${terminalSafe(r.note ?? '')}`;
  const said = `${r.decision ?? 'a note'} by ${terminalSafe(r.who)}, ${readableTime(r.when)}${note}`;
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

/** An answer as one of the keys; long words are accepted too ("dismiss"). Unknown answers give ''. */
export function parseAnswer(line: string): string {
  const a = line.trim().toLowerCase();
  if (a.length === 1 && 'cdwnsq?h'.includes(a)) return a === 'h' ? '?' : a;
  return WORDS[a] ?? '';
}

type Outcome = { kind: 'decided'; decision: ReviewDecisionKind } | { kind: 'skipped' } | { kind: 'quit' };

interface Session {
  input: AnswerInput;
  write: (s: string) => void;
  saveNote: (note: string) => Promise<void>;
}

/** Asks until the reviewer settles this flag (decision, skip or quit). A note is saved as soon as it is typed. */
async function ask(session: Session): Promise<Outcome & { note?: string }> {
  const { input, write } = session;
  const enter = input.raw ? '' : ' and Enter';
  let note: string | undefined;
  for (;;) {
    const line = await input.key(note === undefined
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
      const text = await input.line('Note: ');
      if (text === null) return { kind: 'quit' };
      note = text.trim() || undefined;
      if (!note) write('  (empty note: none kept)\n');
      else {
        await session.saveNote(note);
        write('  note saved\n');
      }
    } else {
      write(`  Unknown answer "${terminalSafe(line.trim())}"; type ?${enter} for help.\n`);
    }
  }
}

/**
 * Lines longer than the screen wrapped at spaces (a word longer than the line is cut), continuation lines
 * indented like the line they continue. Widths count code points, not UTF-16 units.
 */
export function wrapLines(text: string, width: number): string {
  if (!(width > 20)) return text;
  return text
    .split('\n')
    .map((line) => {
      if ([...line].length <= width) return line;
      const indent = /^ */.exec(line)![0] + (/^ *(?:[>!-] |\S+ · )/.test(line) ? '  ' : '');
      const out: string[] = [];
      let current = '';
      for (const word of line.trimStart().split(/ +/)) {
        const lead = out.length === 0 && !current ? /^ */.exec(line)![0] : '';
        const candidate = current ? `${current} ${word}` : `${lead || (out.length ? indent : '')}${word}`;
        if ([...candidate].length <= width || !current) current = candidate;
        else {
          out.push(current);
          current = `${indent}${word}`;
        }
        while ([...current].length > width) {
          const cps = [...current];
          out.push(cps.slice(0, width).join(''));
          current = indent + cps.slice(width).join('');
        }
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** A flag taller than the screen is shown a page at a time (any key for more; q jumps to the question). */
async function page(text: string, rows: number | undefined, session: Session): Promise<boolean> {
  const lines = text.replace(/\n$/, '').split('\n');
  if (!session.input.raw || !rows || rows < 6 || lines.length <= rows - 2) {
    session.write(`${text.replace(/\n$/, '')}\n`);
    return true;
  }
  const size = rows - 2;
  for (let at = 0; at < lines.length; at += size) {
    session.write(`${lines.slice(at, at + size).join('\n')}\n`);
    if (at + size >= lines.length) break;
    const key = await session.input.key(`-- more (${Math.min(100, Math.round(((at + size) / lines.length) * 100))}%): any key for the next page, q to answer now -- `);
    if (key === null) return false;
    if (key.toLowerCase() === 'q') break;
  }
  return true;
}

function countOpen(report: Report, reviewsFile: string): number {
  return processFindings(report.flags, { reviews: loadReviews(reviewsFile) }).filter(isOpen).length;
}

/** Which flags a session walks: the open ones (default), or those in the given review states. */
function flagsToWalk(report: Report, reviewsFile: string, states: readonly ReviewState[] | undefined): ReviewedFlag[] {
  const all = processFindings(report.flags, { reviews: loadReviews(reviewsFile), bySeverity: true });
  return states ? filterByReviewState(all, states) : all.filter(isOpen);
}

export async function reviewInTerminal(opts: TerminalReviewOptions): Promise<TerminalReviewResult> {
  const { report, reviewsFile, output } = opts;
  const write = (s: string) => void output.write(s);
  const tty = output as { isTTY?: boolean; columns?: number; rows?: number };
  const color = opts.color ?? (tty.isTTY === true && !process.env.NO_COLOR);
  const width = opts.width ?? (tty.isTTY ? tty.columns : undefined) ?? 0;
  const index = indexReport(report);
  const walk = flagsToWalk(report, reviewsFile, opts.states);
  const what = opts.states ? `flag${walk.length === 1 ? '' : 's'} (${opts.states.join(', ')})` : `open flag${walk.length === 1 ? '' : 's'}`;

  const result: TerminalReviewResult = { decided: 0, skipped: 0, stillOpen: countOpen(report, reviewsFile), quit: false };
  const tally = new Map<string, number>();
  if (!walk.length) {
    write(`No ${opts.states ? `flags (${opts.states.join(', ')})` : 'open flags'}: nothing to review (${report.flags.length} flag${report.flags.length === 1 ? '' : 's'} in the report).\n`);
  } else {
    const input = answerInput(opts.input, write, opts.raw);
    write(wrapLines(`${walk.length} ${what} to review; decisions go to ${reviewsFile} as ${opts.who}. Type ? for help.`, width) + '\n');
    try {
      for (let i = 0; i < walk.length; i++) {
        const flag = walk[i]!;
        // A note keeps the decision already there (none, or the current one): it is saved as typed.
        const kept = flag.review && !flag.review.stale ? flag.review.decision : null;
        const session: Session = {
          input,
          write,
          saveNote: async (note) => void (await recordDecision(reviewsFile, decisionFor(flag, kept, { who: opts.who, when: opts.now(), note }))),
        };
        if (!(await page(wrapLines(formatFlag(flag, { n: i + 1, of: walk.length }, index, color), width), tty.isTTY ? tty.rows : undefined, session))) {
          result.quit = true;
          break;
        }
        const answer = await ask(session);
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
        tally.set(answer.decision, (tally.get(answer.decision) ?? 0) + 1);
        write(`  → ${answer.decision}${answer.note ? ' (with note)' : ''}, saved\n`);
      }
      if (input.interrupted) write(`Interrupted: every decision made so far is saved in ${reviewsFile}.\n`);
    } finally {
      input.close();
    }
    result.stillOpen = countOpen(report, reviewsFile);
  }
  const by = [...tally].map(([d, n]) => `${n} ${d}`).join(', ');
  if (by) write(`Decisions: ${by}.\n`);
  write(`${result.decided} decided, ${result.skipped} skipped, ${result.stillOpen} still open\n`);
  return result;
}
