// Flag parsing for every command, with refusals as one sentence that names the flag.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AssayError } from '../core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<O extends Options>(command: string, args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = (e as Error).message;
    const flag = (/'(-[^' ]*)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? '').trim();
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new AssayError('bad_flag', `${command} does not take ${flag || 'that option'}. Run "assay help" to see its flags.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new AssayError('bad_flag', `${command}: ${flag || 'an option'} needs a value.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new AssayError('bad_flag', `${command} does not take the argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}.`);
    throw new AssayError('bad_flag', `${command}: ${message}`);
  }
}

export function requireFlag(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new AssayError('bad_flag', `${command} needs --${name} PATH.`);
  return value;
}

export function wholeNumberFlag(command: string, name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new AssayError('bad_flag', `${command}: --${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, not "${value}".`);
  }
  return n;
}
