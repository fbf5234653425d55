/** A configuration problem the operator can fix: it names the file, the field and the remedy. */
export class ConfigError extends Error {
  readonly code = 'CONFIG';
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${reason}`);
    this.name = 'ConfigError';
  }
}
