import { spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Measured runs of a build step, shared by `npm run bench` (scripts/bench.ts) and its Starlight peer
 * (scripts/bench-peer.ts), so both are timed and their memory counted the same way.
 */

// Peak memory of a process tree, read from /proc: the largest sum of resident memory seen across the
// tree (sampled), and the high-water mark (VmHWM) of each process, which the kernel keeps exactly.

function procTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function watchMemory(pid: number, limitKb = Infinity) {
  let peakTree = 0;
  let exceeded = false;
  const started = performance.now();
  /** Seconds since start, tree RSS in MB, the largest process's RSS in MB and its command: for --memory-log. */
  const timeline: string[] = [];
  const hwm = new Map<number, number>();
  const kb = (status: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  const sample = () => {
    if (!existsSync('/proc/self/status')) return;
    let total = 0;
    let largest = { kb: 0, name: '' };
    for (const p of procTree(pid)) {
      try {
        const status = readFileSync(`/proc/${p}/status`, 'utf8');
        const rss = kb(status, 'VmRSS');
        total += rss;
        if (rss > largest.kb) largest = { kb: rss, name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '' };
        hwm.set(p, Math.max(hwm.get(p) ?? 0, kb(status, 'VmHWM')));
      } catch {
        // ended
      }
    }
    peakTree = Math.max(peakTree, total);
    timeline.push(`${((performance.now() - started) / 1000).toFixed(1)}\t${Math.round(total / 1024)}\t${Math.round(largest.kb / 1024)}\t${largest.name}`);
    // --max-rss-mb: stop a build that would take the machine's memory (only this build's own processes).
    if (total > limitKb && !exceeded) {
      exceeded = true;
      for (const p of procTree(pid)) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // ended
        }
      }
    }
  };
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      return { treeKb: peakTree, processKb: Math.max(0, ...hwm.values()), exceeded, timeline };
    },
  };
}

export interface RunResult {
  seconds: number;
  cpuSeconds?: number | undefined;
  timeMaxKb?: number | undefined;
  treeKb: number;
  processKb: number;
  exceeded: boolean;
  timeline: string[];
}

/**
 * Runs a command to completion with its output in a log file, and measures it: wall-clock seconds, CPU
 * seconds and the largest process's peak (`/usr/bin/time`, when present), and the peak of its whole
 * process tree. Fails with the log's end.
 */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything the command prints. */
  logFile: string;
  /** Stop the command's processes when together they pass this many MB. */
  maxRssMb?: number;
  /** Append the memory samples (seconds, tree MB, largest process) to this file. */
  memoryLog?: string | undefined;
}

export async function runMeasured(label: string, command: string, argv: string[], options: RunOptions): Promise<RunResult> {
  const maxRssMb = options.maxRssMb ?? Infinity;
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync('/usr/bin/time');
  const [cmd, cmdArgs] = useTime ? ['/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, command, ...argv]] : [command, argv];
  const out = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const memory = watchMemory(child.pid!, maxRssMb * 1024);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  if (options.memoryLog) appendFileSync(options.memoryLog, `# ${label}\nseconds\ttree_mb\tlargest_mb\tlargest\n${peak.timeline.join('\n')}\n`);
  await new Promise<void>((done) => out.end(done));
  if (peak.exceeded)
    throw new Error(`${label} stopped: its processes used more than --max-rss-mb ${maxRssMb} MB (peak seen ${Math.round(peak.treeKb / 1024)} MB)`);
  if (code !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${label} failed (exit ${code}); end of ${options.logFile}:\n${tail}`);
  }
  let cpuSeconds: number | undefined;
  let timeMaxKb: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpuSeconds = (last[1] ?? 0) + (last[2] ?? 0);
    timeMaxKb = last[3];
  }
  return { seconds, cpuSeconds, timeMaxKb, ...peak };
}

/** The peak of a run in kB: its process tree's, or the largest single process's high-water mark if larger. */
export const peakKb = (r: RunResult) => Math.max(r.treeKb, r.processKb, r.timeMaxKb ?? 0);
