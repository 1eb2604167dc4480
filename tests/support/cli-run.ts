import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * One of the npm commands in src/cli as a user runs it: a real Node process in `cwd`, its stdout read as JSON lines.
 * `env` adds to the process's environment (INIT_CWD is `cwd`, as npm sets it).
 */
export function runCli<Line>(script: string, args: readonly string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'src/cli', script), ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
  return { status: run.status, lines, stderr: run.stderr };
}
