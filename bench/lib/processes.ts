import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../../bin/pactwatch.js', import.meta.url));

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit: what a cron job costs, Node's start-up included. */
  seconds: number;
  /** Peak resident set of the process (VmHWM of /proc/<pid>/status, last sample before exit); null off Linux. */
  peakRssMB: number | null;
  /**
   * CPU time of the process (user + system, /proc/<pid>/stat, last sample before exit: up to one 20 ms
   * sample short); null off Linux. Steadier than wall time on a shared machine.
   */
  cpuSeconds: number | null;
}

// USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a live process, or null when /proc cannot tell. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** VmHWM (peak RSS) of a live process in MB, or null when /proc cannot tell. */
export function peakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+) kB/m.exec(status) ?? /^VmRSS:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs a command to completion, sampling its peak RSS every 20 ms. VmHWM is a high-water mark, so the
 * last sample read before the exit is the process's peak up to that moment.
 */
export function runProcess(command: string, args: string[], env: Record<string, string>, timeoutMs = 600_000): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    let cpu: number | null = null;
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const sample = () => {
      const v = child.pid === undefined ? null : peakRss(child.pid);
      if (v !== null) peak = Math.max(peak ?? 0, v);
      const c = child.pid === undefined ? null : cpuSeconds(child.pid);
      if (c !== null) cpu = c;
    };
    const sampler = setInterval(sample, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(err);
    });
    // 'exit' fires before the stdio streams close: the time is the process's, not the pipe's.
    let seconds = 0;
    child.on('exit', () => {
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      clearTimeout(timer);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds, peakRssMB: peak === null ? null : Math.round(peak * 10) / 10, cpuSeconds: cpu }));
  });
}

export function runPactwatch(args: string[], env: Record<string, string>, timeoutMs?: number): Promise<ProcessRun> {
  return runProcess(process.execPath, [BIN, ...args], env, timeoutMs);
}

export interface RunningWorker {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `pactwatch worker` as its own process; resolves once it logged that it runs (schedulers synced, workers started). */
export function startWorkerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<RunningWorker> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker'], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let buffer = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pactwatch worker did not start within ${timeoutMs / 1000} s: ${buffer.slice(-2000)}`));
    }, timeoutMs);
    const stop = () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
      });
    child.stderr!.on('data', (d: Buffer) => {
      if (ready) return;
      buffer += d.toString();
      if (/pactwatch worker running/.test(buffer)) {
        ready = true;
        clearTimeout(timer);
        resolve({ child, stop });
      }
    });
    child.on('exit', (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`pactwatch worker exited (${code}) before it ran: ${buffer.slice(-2000)}`));
      }
    });
  });
}
