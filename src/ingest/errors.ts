/**
 * Input problems the user can fix. The CLI prints `claimdiff: <file>: <problem>` on one line and exits 2;
 * anything that is not an InputError is a bug and keeps its stack trace (with --debug).
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
