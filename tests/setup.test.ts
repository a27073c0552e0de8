// scripts/setup.mjs (one-command setup) and .ci/run (the CI entry point).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEBIAN_PACKAGES, installedPackages } from '../scripts/setup.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SETUP = 'scripts/setup.mjs';

/** The toolchains and tools the builds and emulated-board tests rely on. */
const REQUIRED_DEBIAN_PACKAGES = [
  'gcc-arm-none-eabi',
  'picolibc-arm-none-eabi',
  'libnewlib-arm-none-eabi',
  'qemu-system-arm',
  'gcc-riscv64-unknown-elf',
  'picolibc-riscv64-unknown-elf',
  'socat',
  'dosfstools',
  'mtools',
  'valgrind',
];

function runSetup(...args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [SETUP, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

describe('scripts/setup.mjs', () => {
  it('lists every required Debian package, each with what Pyxis uses it for', () => {
    expect(Object.keys(DEBIAN_PACKAGES)).toEqual(expect.arrayContaining(REQUIRED_DEBIAN_PACKAGES));
    for (const [name, purpose] of Object.entries(DEBIAN_PACKAGES)) {
      expect(purpose.trim(), `purpose of ${name}`).not.toBe('');
    }
  });

  it('counts only packages whose dpkg state is "installed"', () => {
    const dpkgOutput = [
      'socat install ok installed',
      'mtools deinstall ok config-files',
      'dosfstools unknown ok not-installed',
      'qemu-system-arm install ok half-installed',
      'libc6:amd64 hold ok installed',
      '',
    ].join('\n');
    expect([...installedPackages(dpkgOutput)].sort()).toEqual(['libc6', 'socat']);
  });

  it('rejects unknown arguments', () => {
    const result = runSetup('--no-such-flag');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown argument '--no-such-flag'/);
  });

  it('is idempotent: a second run is quick and installs nothing', () => {
    const first = runSetup('--quiet');
    expect(first.status, `first run failed:\n${first.stdout}${first.stderr}`).toBe(0);

    const second = runSetup('--quiet');
    expect(second.status, `second run failed:\n${second.stdout}${second.stderr}`).toBe(0);
    expect(second.seconds).toBeLessThan(10);
    // With --quiet, stdout carries only actions taken (installs); warnings go to stderr.
    expect(second.stdout).toBe('');
    expect(second.stderr).not.toMatch(/running npm|installing/);
  }, 20 * 60 * 1000);
});

describe('.ci/run', () => {
  const script = readFileSync(`${REPO_ROOT}.ci/run`, 'utf8');
  const commands = script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('is an executable bash script with strict error handling', () => {
    accessSync(`${REPO_ROOT}.ci/run`, constants.X_OK);
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(commands).toContain('set -euo pipefail');
  });

  it('ends by running exactly `npm test`, which runs the setup first', () => {
    expect(commands.at(-1)).toMatch(/^(exec )?npm test$/);
    const packageJson = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8'));
    expect(packageJson.scripts.test).toMatch(/^node scripts\/setup\.mjs( --[a-z]+)* && /);
  });
});
