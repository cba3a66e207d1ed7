// Reading Chromium traces (for bench/profile.mjs): the renderer's main thread, its busy time
// (wall and CPU) and self time by event, within the windows a page marks with
// performance.mark('bench:start') … performance.mark('bench:end'), or from the first event to a
// lone 'bench:end'. CPU time (trace events' thread time) hardly moves when other processes load
// the machine, where wall time does: compare builds by it.

/** Categories to record. */
export const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading'];

export function mainThread(events) {
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const busy = new Map();
  for (const e of events) {
    const t = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && names.get(t) === 'CrRendererMain') busy.set(t, (busy.get(t) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const marks = own.filter((e) => e.name === 'bench:start' || e.name === 'bench:end').sort((a, b) => a.ts - b.ts);
  const windows = [];
  let start = Math.min(...own.filter((e) => e.ph === 'X').map((e) => e.ts));
  for (const m of marks) {
    if (m.name === 'bench:start') start = m.ts;
    else if (start !== undefined) {
      windows.push([start, m.ts]);
      start = undefined;
    }
  }
  const inWindow = (e) => !windows.length || windows.some(([a, b]) => e.ts < b && e.ts + e.dur > a);
  const tasks = own.filter((e) => e.ph === 'X' && e.dur && inWindow(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level events: not inside another.
  const top = [];
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts >= end) {
      top.push(e);
      end = e.ts + e.dur;
    }
  }
  const wall = top.reduce((s, e) => s + e.dur, 0) / 1000;
  const cpu = top.reduce((s, e) => s + (e.tdur ?? e.dur), 0) / 1000;
  const self = new Map();
  const stack = [];
  for (const e of tasks) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return { windows: windows.length, windowList: windows, wall, cpu, self: [...self].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]) };
}
