// Chromium trace events (categories toplevel and devtools.timeline) turned into "how long did our content script
// hold the page's main thread in one task": longtask entries carry no script attribution for content scripts.

/** The subset of a Chrome trace event this module reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Trace categories to record: top-level tasks, and the script calls inside them with their script's URL. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

/** One task of the thread's loop; Chromium names it either way depending on the categories recorded. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Events that run one script's code and name the script's URL. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame']);
const MICROS_PER_MS = 1000;

/** Keeps only the events taskTimes needs, so a ten-second trace stays small. */
export function isTaskTraceEvent(event: TraceEvent): boolean {
  if (event.ph !== 'X' || event.dur === undefined) return false;
  return TASK_EVENTS.has(event.name) || (SCRIPT_EVENTS.has(event.name) && typeof event.args?.data?.url === 'string');
}

export interface TaskTimes {
  /** Tasks in which a script matching the pattern ran. */
  tasks: number;
  /** Longest time our script ran inside one task (its forced layouts included), in ms. */
  maxOursMs: number;
  /** That task's whole duration, in ms. */
  maxOursTaskMs: number;
  /** Time our script ran in all tasks together, in ms. */
  totalOursMs: number;
}

/** Length of the union of [start, end) intervals. */
function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of sorted) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/** Per task, the time spent in scripts whose URL matches ours (nested calls counted once). */
export function taskTimes(events: TraceEvent[], ours: RegExp): TaskTimes {
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (!TASK_EVENTS.has(event.name)) continue;
    const key = `${event.pid}:${event.tid}`;
    const list = tasksByThread.get(key) ?? [];
    list.push(event);
    tasksByThread.set(key, list);
  }
  for (const list of tasksByThread.values()) list.sort((a, b) => a.ts - b.ts);

  const oursByTask = new Map<TraceEvent, [number, number][]>();
  for (const event of events) {
    if (!SCRIPT_EVENTS.has(event.name) || !ours.test(event.args?.data?.url ?? '')) continue;
    const task = enclosingTask(tasksByThread.get(`${event.pid}:${event.tid}`) ?? [], event);
    if (!task) continue;
    const intervals = oursByTask.get(task) ?? [];
    intervals.push([event.ts, event.ts + (event.dur ?? 0)]);
    oursByTask.set(task, intervals);
  }

  const result: TaskTimes = { tasks: oursByTask.size, maxOursMs: 0, maxOursTaskMs: 0, totalOursMs: 0 };
  for (const [task, intervals] of oursByTask) {
    const oursMs = unionLength(intervals) / MICROS_PER_MS;
    result.totalOursMs += oursMs;
    if (oursMs > result.maxOursMs) {
      result.maxOursMs = oursMs;
      result.maxOursTaskMs = (task.dur ?? 0) / MICROS_PER_MS;
    }
  }
  return result;
}

/** The last task on the thread that starts at or before the event and ends after it starts. */
function enclosingTask(tasks: TraceEvent[], event: TraceEvent): TraceEvent | null {
  let low = 0;
  let high = tasks.length - 1;
  let found: TraceEvent | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (tasks[middle].ts <= event.ts) {
      found = tasks[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found && found.ts + (found.dur ?? 0) >= event.ts ? found : null;
}
