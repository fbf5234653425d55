import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REDIS_URL } from '../helpers/redis-prefix.js';

const BENCH = fileURLToPath(new URL('../../dist/bench/fanout.js', import.meta.url));

describe('bench/fanout', () => {
  it('runs tiny and prints one JSON object', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BENCH, '--subscribers', '20'], { env: { PATH: process.env.PATH ?? '', REDIS_URL }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result).sort()).toEqual(['mailsPerSec', 'seconds', 'subscribers']);
    expect(result.subscribers).toBe(20);
    expect(result.mailsPerSec).toBeGreaterThan(0);
    expect(result.seconds).toBeGreaterThan(0);
    expect(stderr).toMatch(/^fan-out: 20 mails in [\d.]+ s = [\d.]+ mails\/s/m);
  });
});
