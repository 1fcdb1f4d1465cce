// A real, throwaway PostgreSQL for the store tests and the receipts benchmark: finds
// Debian's server binaries (or installs the `postgresql` package and says so), creates a
// cluster in a temporary directory owned by the `postgres` user, runs it as that user on a
// unix socket in that directory (no TCP port at all), and deletes everything afterwards.
import { execSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = '/usr/lib/postgresql'

/** The newest version's bin directory under /usr/lib/postgresql, or null. */
function findBin() {
  if (!existsSync(ROOT)) return null
  const versions = readdirSync(ROOT)
    .filter(version => existsSync(join(ROOT, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))
  if (versions.length === 0) return null
  return join(ROOT, versions[0], 'bin')
}

/** pg_ctl and initdb, installing Debian's package when they are missing. */
export function findPostgres() {
  const found = findBin()
  if (found) return found
  console.log(
    'consentry tests: no PostgreSQL server found; running `apt-get install -y postgresql` (Debian package)',
  )
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql',
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 },
    )
  } catch (e) {
    throw new Error('consentry tests: could not install PostgreSQL: ' + e.message, { cause: e })
  }
  const installed = findBin()
  if (!installed) throw new Error('consentry tests: postgresql installed but no pg_ctl found')
  console.log('consentry tests: installed PostgreSQL in ' + installed)
  return installed
}

/** Root may not run the server: it runs as `postgres`. Anyone else runs it as themselves. */
function serverUser() {
  if (process.getuid?.() !== 0) return {}
  const uid = Number(execSync('id -u postgres').toString().trim())
  const gid = Number(execSync('id -g postgres').toString().trim())
  return { uid, gid }
}

function run(bin, args, user) {
  const result = spawnSync(bin, args, { ...user, encoding: 'utf8', timeout: 120_000 })
  if (result.status !== 0) {
    throw new Error(
      `consentry tests: ${bin} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`,
    )
  }
}

/**
 * Starts a throwaway cluster. `durable: false` (the default, for tests) turns fsync off.
 * @returns {Promise<import('./postgres.d.mts').TestPostgres>}
 */
export async function startPostgres({ durable = false, maxConnections = 100 } = {}) {
  const bin = findPostgres()
  const user = serverUser()
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'))
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid)
  const data = join(dir, 'data')
  run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    user,
  )
  const settings = [
    `-k ${dir}`,
    "-c listen_addresses=''",
    `-c max_connections=${maxConnections}`,
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ')
  const pgCtl = join(bin, 'pg_ctl')
  // pg_ctl status exits 0 while the server runs.
  const running = () => spawnSync(pgCtl, ['-D', data, 'status'], { ...user }).status === 0
  const start = () =>
    run(pgCtl, ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start'], user)
  const stop = () => run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], user)
  start()
  let removed = false
  const remove = () => {
    if (removed) return
    removed = true
    spawnSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...user, timeout: 60_000 })
    rmSync(dir, { recursive: true, force: true })
  }
  // A test run that dies half-way must not leave a server behind.
  process.once('exit', remove)
  return {
    /** For `new pg.Pool({ host, user, database })`: the socket directory. */
    host: dir,
    user: 'postgres',
    database: 'postgres',
    stop: () => Promise.resolve(stop()),
    start: () => Promise.resolve(running() || start()),
    remove: () => Promise.resolve(remove()),
  }
}
