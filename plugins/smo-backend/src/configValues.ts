import { Config } from '@backstage/config';

/**
 * The whole number at `key` of `config` (its `fallback` when unset), at least `min`; otherwise start-up fails naming
 * the full key (`path`, the key of `config` itself, goes before it).
 */
export function wholeNumber(
  config: Config,
  key: string,
  options: { fallback: number; min: number; path?: string },
): number {
  const value = config.getOptionalNumber(key) ?? options.fallback;
  if (!Number.isInteger(value) || value < options.min) {
    const at = options.path ? `${options.path}.${key}` : key;
    throw new Error(
      `Invalid SMO configuration at ${at}: must be a whole number of at least ${options.min}`,
    );
  }
  return value;
}
