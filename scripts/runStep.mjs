// Runs one preparation step of `npm start` (a download, a native build) as a child process with a time limit,
// keeping its output in a log file so the terminal shows one line per step at most.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

/**
 * Resolves { ok: true } when the command exits 0 in time, else { ok: false, reason }.
 * `announce` is printed to stderr only if the step is still running after `announceAfterMs`,
 * so quick failures (an offline machine) stay silent and slow work (a real download) is explained.
 */
export function runStep(command, args, { cwd, env = process.env, timeoutMs, logFile, announce, announceAfterMs = 3000 }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'a');
  fs.writeSync(log, `\n$ ${[command, ...args].join(' ')}   (in ${cwd}, ${new Date().toISOString()})\n`);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(announceTimer);
      clearTimeout(killTimer);
      fs.writeSync(log, `-> ${result.ok ? 'ok' : result.reason}\n`);
      fs.closeSync(log);
      resolve(result);
    };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], windowsHide: true });
    const announceTimer = announce ? setTimeout(() => process.stderr.write(`${announce}\n`), announceAfterMs) : undefined;
    const killTimer = setTimeout(() => {
      child.kill('SIGTERM');
      finish({ ok: false, reason: `timed out after ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (e) => finish({ ok: false, reason: e.message }));
    child.on('exit', (code, signal) => finish(code === 0 ? { ok: true } : { ok: false, reason: signal ? `stopped by ${signal}` : `exit code ${code}` }));
  });
}
