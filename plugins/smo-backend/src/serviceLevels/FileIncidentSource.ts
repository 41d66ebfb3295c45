import { SmoIncidentSource } from '@smo-backstage/plugin-smo-node';
import { readFile } from 'node:fs/promises';

/**
 * Incident records from a file: a JSON array, or NDJSON (one record per line). Read again on each call, so an export
 * replaced on disk is picked up. A line that is not JSON is handed on as an unreadable record, to be skipped and
 * counted with the rest; a file that cannot be read at all fails the read.
 */
export class FileIncidentSource implements SmoIncidentSource {
  readonly id: string;

  constructor(private readonly path: string) {
    this.id = `file:${path}`;
  }

  async read(): Promise<unknown[]> {
    const text = await readFile(this.path, 'utf8');
    if (text.trimStart().startsWith('[')) {
      const parsed = JSON.parse(text);
      if (!Array.isArray(parsed))
        throw new Error(`${this.path}: not a JSON array`);
      return parsed;
    }
    return text
      .split('\n')
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => line)
      .map(({ line, number }): unknown => {
        try {
          return JSON.parse(line);
        } catch {
          const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
          return { unreadable: `line ${number} is not JSON: ${shown}` };
        }
      });
  }
}
