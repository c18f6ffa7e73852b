import * as readline from 'node:readline';

/**
 * Reading a reviewer's answers. On a terminal the input is put in raw mode: one key is one answer (no Enter),
 * a note is typed on a line with backspace, and Ctrl-C ends the session with its summary. From a pipe or a
 * script, answers are read line by line and echoed after the prompt, so the transcript reads as it would on
 * screen. Both give null once the input ends or the reviewer interrupts.
 */
export interface AnswerInput {
  /** One answer: a key on a terminal, a line from a pipe. null: end of input or Ctrl-C. */
  key(prompt: string): Promise<string | null>;
  /** A line of text (a note). null: end of input or Ctrl-C. */
  line(prompt: string): Promise<string | null>;
  /** True when the session ended by Ctrl-C (or SIGINT). */
  readonly interrupted: boolean;
  /** Raw single-key mode (a terminal). */
  readonly raw: boolean;
  close(): void;
}

type TtyInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };

/** What is typed, made safe to echo: control characters would move the cursor. */
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

class LineInput implements AnswerInput {
  readonly raw = false;
  interrupted = false;
  private readonly lines: string[] = [];
  private readonly waiting: Array<(line: string | null) => void> = [];
  private closed = false;
  private readonly rl: readline.Interface;
  private readonly echo: boolean;
  private readonly onSigint = () => {
    this.interrupted = true;
    this.end();
  };

  constructor(input: TtyInput, private readonly write: (s: string) => void) {
    this.echo = input.isTTY !== true;
    this.rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
    this.rl.on('line', (line) => {
      const w = this.waiting.shift();
      if (w) w(line);
      else this.lines.push(line);
    });
    this.rl.on('close', () => this.end());
    process.once('SIGINT', this.onSigint);
  }

  private end(): void {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w(null);
  }

  private next(): Promise<string | null> {
    if (this.lines.length) return Promise.resolve(this.lines.shift()!);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async line(prompt: string): Promise<string | null> {
    this.write(prompt);
    const line = await this.next();
    if (this.echo) this.write(line === null ? '\n' : `${printable(line)}\n`);
    return line;
  }

  key(prompt: string): Promise<string | null> {
    return this.line(prompt);
  }

  close(): void {
    process.off('SIGINT', this.onSigint);
    this.rl.close();
  }
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';

class RawInput implements AnswerInput {
  readonly raw = true;
  interrupted = false;
  private readonly chunks: string[] = [];
  private waiting: ((chunk: string | null) => void) | null = null;
  private ended = false;
  private readonly onData = (b: Buffer | string) => {
    const s = b.toString();
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w(s);
    } else this.chunks.push(s);
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.waiting?.(null);
    this.waiting = null;
  };

  constructor(private readonly input: TtyInput, private readonly write: (s: string) => void) {
    input.setRawMode!(true);
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    input.resume();
  }

  private next(): Promise<string | null> {
    if (this.chunks.length) return Promise.resolve(this.chunks.shift()!);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async key(prompt: string): Promise<string | null> {
    this.write(prompt);
    for (;;) {
      const chunk = await this.next();
      if (chunk === null || chunk === CTRL_D) return this.stop(false);
      if (chunk === CTRL_C) return this.stop(true);
      // An arrow key or another escape sequence is no answer; a pasted run of keys counts as its first key.
      if (chunk.startsWith('\u001b')) continue;
      const key = chunk[0] === '\r' || chunk[0] === '\n' ? '' : chunk[0]!;
      this.write(`${printable(key)}\n`);
      return key;
    }
  }

  /** A line with echo and backspace, the way a cooked terminal would read it. */
  async line(prompt: string): Promise<string | null> {
    this.write(prompt);
    let text = '';
    for (;;) {
      const chunk = await this.next();
      if (chunk === null) return this.stop(false);
      for (const ch of chunk) {
        if (ch === CTRL_C) return this.stop(true);
        if (ch === '\r' || ch === '\n') {
          this.write('\n');
          return text;
        }
        if (ch === '\u007f' || ch === '\b') {
          if (text) {
            text = [...text].slice(0, -1).join('');
            this.write('\b \b');
          }
        } else if (ch === CTRL_U) {
          this.write('\b \b'.repeat([...text].length));
          text = '';
        } else if (ch === CTRL_D && !text) {
          return this.stop(false);
        } else if (printable(ch)) {
          text += ch;
          this.write(ch);
        }
      }
    }
  }

  private stop(interrupted: boolean): null {
    if (interrupted) this.interrupted = true;
    this.write('\n');
    return null;
  }

  close(): void {
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.setRawMode!(false);
    this.input.pause();
  }
}

/** Raw single-key mode on a terminal (unless `raw: false`), line mode otherwise. */
export function answerInput(input: NodeJS.ReadableStream, write: (s: string) => void, raw?: boolean): AnswerInput {
  const tty = input as TtyInput;
  const canRaw = tty.isTTY === true && typeof tty.setRawMode === 'function';
  return (raw ?? canRaw) && canRaw ? new RawInput(tty, write) : new LineInput(tty, write);
}
