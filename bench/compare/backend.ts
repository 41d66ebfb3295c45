import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface LogLine {
  message: string;
  /** performance.now() when the line reached the bench. */
  at: number;
}

const running = new Set<Backend>();

/** Stops every backend still running (also on Ctrl-C and uncaught errors). */
export async function stopAll() {
  await Promise.all([...running].map(b => b.stop()));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const b of running) b.kill('SIGKILL');
    process.exit(130);
  });
}
process.on('exit', () => {
  for (const b of running) b.kill('SIGKILL');
});

/**
 * One backend process in its own process group, its log (JSON lines in production mode) kept in a
 * file and matched line by line, its memory read from /proc.
 */
export class Backend {
  private proc?: ChildProcess;
  private exited?: Promise<void>;
  private waiters: {
    test: (line: LogLine) => boolean;
    resolve: (line: LogLine) => void;
  }[] = [];
  readonly lines: LogLine[] = [];

  constructor(
    readonly name: string,
    readonly baseUrl: string,
    private readonly options: {
      args: string[];
      cwd: string;
      env: Record<string, string>;
      logFile: string;
    },
  ) {}

  get isRunning() {
    return running.has(this);
  }

  get pid() {
    return this.proc!.pid!;
  }

  start() {
    const log = createWriteStream(this.options.logFile);
    this.proc = spawn(process.execPath, this.options.args, {
      cwd: this.options.cwd,
      env: { ...process.env, ...this.options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(this);
    this.exited = new Promise(resolve =>
      this.proc!.on('exit', code => {
        running.delete(this);
        log.end(`\n[bench] exited with ${code}\n`);
        resolve();
      }),
    );
    for (const stream of [this.proc.stdout!, this.proc.stderr!]) {
      createInterface({ input: stream }).on('line', raw => {
        log.write(`${raw}\n`);
        let message = raw;
        if (raw.startsWith('{')) {
          try {
            message = JSON.parse(raw).message ?? raw;
          } catch {
            // not JSON after all
          }
        }
        const line = { message, at: performance.now() };
        this.lines.push(line);
        this.waiters = this.waiters.filter(w => {
          if (!w.test(line)) return true;
          w.resolve(line);
          return false;
        });
      });
    }
  }

  /** The next log line matching `pattern`: from now on, or from line index `since` of `lines`. */
  waitForLog(
    pattern: RegExp,
    timeoutMs: number,
    since?: number,
  ): Promise<LogLine> {
    if (since !== undefined) {
      const seen = this.lines.slice(since).find(l => pattern.test(l.message));
      if (seen) return Promise.resolve(seen);
    }
    const waiting = new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${this.name}: no log line matching ${pattern} within ${
                timeoutMs / 1000
              } s (see ${this.options.logFile})`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test: l => pattern.test(l.message),
        resolve: l => {
          clearTimeout(timer);
          resolve(l);
        },
      });
      this.exited!.then(() =>
        reject(new Error(`${this.name} exited (see ${this.options.logFile})`)),
      );
    });
    // Callers that stop waiting (e.g. after another failure) must not crash the bench.
    waiting.catch(() => {});
    return waiting;
  }

  /** VmRSS and VmHWM (peak since start or the last resetPeak) in bytes. */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) *
      1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  }

  /** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the next peak is that of what follows. */
  resetPeak() {
    writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
  }

  kill(signal: NodeJS.Signals) {
    try {
      if (this.proc?.pid) process.kill(-this.proc.pid, signal);
    } catch {
      // already gone
    }
  }

  /** SIGTERM to the process group, SIGKILL after 15 s. */
  async stop() {
    if (!this.proc || !running.has(this)) return;
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), 15000);
    await this.exited;
    clearTimeout(timer);
  }
}
