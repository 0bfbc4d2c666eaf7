import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process and by its children that have ended (user + system, from
 * Linux's /proc/self/stat; undefined elsewhere). A step's CPU time moves much less with the machine's
 * load than its wall-clock time, and it counts the Pagefind service, a child process.
 */
export function cpuSecondsWithChildren(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, from `state` (field 3 in proc(5)): utime, stime, cutime, cstime are 14-17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / 100; // clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return undefined;
  }
}

/** Whether any child process of this one is still running or not yet reaped. */
function hasChildren(): boolean {
  const tasks = '/proc/self/task';
  if (!existsSync(tasks)) return false;
  return readdirSync(tasks).some((t) => {
    try {
      return readFileSync(`${tasks}/${t}/children`, 'utf8').trim() !== '';
    } catch {
      return false;
    }
  });
}

/**
 * The same, once the children have ended and been reaped (a child's CPU time is added to its parent's
 * only then; Node reaps a closed Pagefind service a moment after closing it). Waits at most `maxMs`.
 */
export async function cpuSecondsAfterChildren(maxMs = 5000): Promise<number | undefined> {
  const until = performance.now() + maxMs;
  while (hasChildren() && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  return cpuSecondsWithChildren();
}
