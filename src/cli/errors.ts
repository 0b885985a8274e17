/** A problem that stops the job: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
