import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError } from './config-error.js';

/** Reads a YAML file; a missing or malformed file becomes a ConfigError with the line of the fault. */
export function readYaml(file: string, { optional = false } = {}): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && optional) return undefined;
    throw new ConfigError(file, '', code === 'ENOENT' ? 'file not found (set PACTWATCH_CONFIG to the config folder)' : `cannot read: ${(err as Error).message}`);
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const where = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    throw new ConfigError(file, where, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  return doc.toJS();
}
