/**
 * A configuration that cannot be used: unreadable, malformed or invalid. `message` is one line for a
 * person and names the file (and line or key) first, e.g.
 * `.provenancerc.json: rules.unsourced-claim: expected "off" | "info" | "warning" | "error", got "loud"`.
 * The CLI prints it and exits with code 2.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The file the problem is in, as shown in the message. */
  readonly source: string;

  constructor(source: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.source = source;
  }
}
