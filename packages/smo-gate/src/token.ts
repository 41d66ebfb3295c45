import { readFileSync } from 'node:fs';

/** The token in a `--token-file`, without the trailing newline editors and `echo` add. */
export function readToken(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new Error(
      `cannot read the token file ${path}: ${(error as Error).message}`,
    );
  }
}
