#!/usr/bin/env node
// Pyxis one-command setup: `node scripts/setup.mjs` (also run by `npm test` and `npm start`).
//
// Brings a fresh Debian machine that has Node 20, npm, gcc, make and python3 up to
// everything Pyxis builds and tests with, and does nothing (quickly) when that is
// already the case:
//   1. npm packages: `npm ci` when node_modules is missing or older than
//      package-lock.json (`npm install` when there is no lock file, or when
//      `npm ci` rejects the lock file as out of sync: see setupNpm).
//   2. Debian packages (DEBIAN_PACKAGES below): installed with apt-get when
//      missing. Without root or without apt-get, prints the command to run by hand
//      and carries on, unless --strict is given.
//
// Plain Node ESM with no dependencies: it runs before node_modules exists.
//
// Options:
//   --quiet    print only actions taken, warnings and errors
//   --strict   fail (exit 1) when Debian packages are missing and cannot be installed
//   --help     print this usage
// Environment:
//   PYXIS_SKIP_APT=1   skip the Debian packages entirely (for developers on other
//                      distributions, who install the equivalents themselves)

import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Debian packages Pyxis needs, each with what it is used for. */
export const DEBIAN_PACKAGES = Object.freeze({
  'gcc-arm-none-eabi': 'C cross-compiler and binutils for the RP2040 and STM32F4 firmware',
  'picolibc-arm-none-eabi': 'small C library (libc, libm) linked into the ARM firmware',
  'libnewlib-arm-none-eabi': 'newlib headers and multilib startup files the ARM gcc expects',
  'qemu-system-arm': 'runs NETDUINO_PLUS2 (STM32F405) firmware to its REPL in tests and `pyxis emulate`',
  'gcc-riscv64-unknown-elf': 'C cross-compiler (rv32imc) for the ESP32-C3 and QEMU_VIRT_RV32 firmware',
  'picolibc-riscv64-unknown-elf': 'small C library (libc, libm) linked into the RISC-V firmware',
  'socat': 'joins an emulated board\'s serial port to a pseudo-terminal, like a real /dev/ttyACM0',
  'dosfstools': 'mkfs.fat, to build the FAT filesystem images of a board\'s internal flash',
  'mtools': 'mcopy/mdir, to read and write files in those FAT images without mounting them',
  'valgrind': 'callgrind counts the instructions of the host executable and python3 in `npm run bench` (repeatable on a loaded machine)',
});

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How `npm ci` says that package-lock.json does not match package.json. */
const NPM_CI_LOCK_OUT_OF_SYNC = /can only install packages when your package\.json and package-lock\.json/;
const USAGE = 'usage: node scripts/setup.mjs [--quiet] [--strict] [--help]';

/** Thrown for failures that end the setup with a message and exit status 1. */
class SetupError extends Error {
  constructor(message, stderr = '') {
    super(message);
    /** The failed command's stderr, when it was captured. */
    this.stderr = stderr;
  }
}

/**
 * Parses `dpkg-query -W -f='${Package} ${Status}\n'` output into the set of
 * packages that are fully installed. Status is "want flag state"; only the state
 * "installed" counts ("config-files", "half-installed", "not-installed"… do not).
 * Packages dpkg has never heard of produce no line at all.
 */
export function installedPackages(dpkgOutput) {
  const installed = new Set();
  for (const line of dpkgOutput.split('\n')) {
    const [name, , , state] = line.trim().split(/\s+/);
    if (name && state === 'installed') installed.add(name.replace(/:.*$/, ''));
  }
  return installed;
}

function parseArgs(argv) {
  const options = { quiet: false, strict: false };
  for (const arg of argv) {
    if (arg === '--quiet') options.quiet = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new SetupError(`unknown argument '${arg}'\n${USAGE}`);
  }
  return options;
}

function makeLog(quiet) {
  return {
    quiet,
    /** Routine progress: hidden by --quiet. */
    info: (msg) => { if (!quiet) console.log(`setup: ${msg}`); },
    /** Something setup is about to change on the machine: always shown. */
    action: (msg) => console.log(`setup: ${msg}`),
    /** Something the user has to do: always shown. */
    warn: (msg) => console.error(`setup: ${msg}`),
  };
}

/**
 * Runs a command with its output shown to the user; throws SetupError if it fails.
 * With captureStderr, stderr is not shown but returned, or attached to the
 * SetupError, so that the caller can tell failures apart and show what helps.
 */
function run(command, args, what, { env = process.env, captureStderr = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'inherit', captureStderr ? 'pipe' : 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new SetupError(`${what} failed: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with status ${result.status}`;
    throw new SetupError(`${what} failed: \`${command} ${args.join(' ')}\` ${how}`, result.stderr ?? '');
  }
  return result.stderr ?? '';
}

function mtimeMs(path) {
  return existsSync(path) ? statSync(path).mtimeMs : undefined;
}

/** Why node_modules needs (re)installing, or undefined when it is up to date. */
function npmInstallReason() {
  const lock = mtimeMs(join(REPO_ROOT, 'package-lock.json'));
  if (!existsSync(join(REPO_ROOT, 'node_modules'))) return 'node_modules is missing';
  if (lock === undefined) return undefined;
  // npm writes node_modules/.package-lock.json at the end of every install.
  const installed = mtimeMs(join(REPO_ROOT, 'node_modules', '.package-lock.json'));
  if (installed === undefined) return 'node_modules was not installed by npm 7 or later';
  if (lock > installed) return 'package-lock.json is newer than node_modules';
  return undefined;
}

function setupNpm(log) {
  const reason = npmInstallReason();
  if (reason === undefined) {
    log.info('npm packages up to date');
    return;
  }
  if (!existsSync(join(REPO_ROOT, 'package-lock.json'))) {
    log.action(`running npm install (${reason}; no package-lock.json)`);
    run('npm', ['install'], 'npm install');
    return;
  }
  log.action(`running npm ci (${reason})`);
  try {
    process.stderr.write(run('npm', ['ci'], 'npm ci', { captureStderr: true }));
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    if (!NPM_CI_LOCK_OUT_OF_SYNC.test(error.stderr)) {
      process.stderr.write(error.stderr);
      throw error;
    }
    // A registry mirror that lacks other platforms' optional packages (such as
    // @rollup/rollup-darwin-arm64) makes `npm install` write a lock file that
    // `npm ci` then rejects as out of sync. `npm install` accepts it unchanged.
    const missing = [...error.stderr.matchAll(/Missing: (@?[^@\s]+)\S* from lock file/g)].map((m) => m[1]);
    const example = missing.length > 0 ? `: ${missing.length} package(s) such as ${missing[0]}` : '';
    log.warn(`npm ci rejected package-lock.json as out of sync with package.json${example}`);
    log.action('running npm install instead (check `git diff package-lock.json` afterwards)');
    run('npm', ['install'], 'npm install');
  }
}

/** Lists the packages of DEBIAN_PACKAGES that are not installed (one dpkg-query call). */
function missingDebianPackages() {
  const names = Object.keys(DEBIAN_PACKAGES);
  // dpkg-query exits 1 and complains on stderr when it knows nothing of a package;
  // such packages simply have no line in stdout, so the status is not an error here.
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...names], { encoding: 'utf8' });
  if (result.error) return undefined;
  const installed = installedPackages(result.stdout);
  return names.filter((name) => !installed.has(name));
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function setupDebian(log, strict) {
  if (process.env.PYXIS_SKIP_APT === '1') {
    log.info('skipping Debian packages (PYXIS_SKIP_APT=1)');
    return;
  }
  const names = Object.keys(DEBIAN_PACKAGES);
  const missing = missingDebianPackages();
  if (missing === undefined) {
    log.warn('dpkg-query not found: not a Debian system, so Pyxis cannot check its toolchain.');
    log.warn(`install the equivalents of: ${names.join(' ')}`);
    log.warn('(set PYXIS_SKIP_APT=1 to silence this)');
    if (strict) throw new SetupError('Debian packages cannot be checked (--strict)');
    return;
  }
  if (missing.length === 0) {
    log.info(`Debian packages present (${names.length})`);
    return;
  }

  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    const why = isRoot ? 'apt-get is not available' : 'not running as root';
    log.warn(`${missing.length} Debian package(s) missing and ${why}; install them with:`);
    const sudo = isRoot ? '' : 'sudo ';
    log.warn(`  ${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    for (const name of missing) log.warn(`    ${name}: ${DEBIAN_PACKAGES[name]}`);
    if (strict) throw new SetupError('missing Debian packages (--strict)');
    log.warn('continuing without them: the builds and tests that need them will fail');
    return;
  }

  log.action(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt/dpkg run to release its lock rather than failing at once.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  const verbosity = log.quiet ? ['-qq'] : ['-q'];
  run('apt-get', [...verbosity, ...lockWait, 'update'], 'apt-get update', { env });
  run('apt-get', [...verbosity, ...lockWait, 'install', '-y', '--no-install-recommends', ...missing],
    'apt-get install', { env });

  const stillMissing = missingDebianPackages() ?? missing;
  if (stillMissing.length > 0) {
    throw new SetupError(`apt-get install succeeded but these are still not installed: ${stillMissing.join(' ')}`);
  }
}

function main() {
  const started = performance.now();
  let log = makeLog(false);
  try {
    const options = parseArgs(process.argv.slice(2));
    log = makeLog(options.quiet);
    setupNpm(log);
    setupDebian(log, options.strict);
    log.info(`ready (${((performance.now() - started) / 1000).toFixed(2)}s)`);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    log.warn(`error: ${error.message}`);
    process.exitCode = 1;
  }
}

/** True when this file was run with `node scripts/setup.mjs`, false when imported. */
function isEntryPoint() {
  const script = process.argv[1];
  if (script === undefined || !existsSync(script)) return false;
  return import.meta.url === pathToFileURL(realpathSync(script)).href;
}

if (isEntryPoint()) main();
