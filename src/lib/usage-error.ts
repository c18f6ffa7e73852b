/** A command line the tool cannot act on (bad flag value, missing argument). Printed on one line; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
