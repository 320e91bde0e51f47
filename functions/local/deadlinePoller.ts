// On one machine there is no scheduler: `npm start` runs the deadline check, the booking
// reminders and the follow-ups of calendar and schedule changes in-process, each on its own loop.
import { advancePendingChanges } from '../src/changes/runner';
import { runBookingReminders } from '../src/deadlines/bookingReminders';
import { runDeadlineCheck } from '../src/deadlines/service';

export interface DeadlinePoller {
  /** Stops ticking and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs runDeadlineCheck once at start, then every `intervalMs` timed from the end of the last run,
 * so runs never overlap. A failure is logged once while it lasts; the next tick tries again.
 */
export function startDeadlinePoller(intervalMs = 60_000, changesIntervalMs = 5_000): DeadlinePoller {
  // The reminders tick on a loop of their own, so they never delay the deadline check.
  const reminders = startLoop(() => runBookingReminders(), 'booking reminders', intervalMs);
  const deadlines = startLoop(() => runDeadlineCheck(), 'deadline check', intervalMs);
  // AWS runs this every minute; here a few seconds, so a follow-up left over finishes while one watches.
  const changes = startLoop(() => advancePendingChanges(changesIntervalMs * 6), 'calendar and schedule follow-ups', changesIntervalMs);
  return {
    async stop() {
      await Promise.all([deadlines.stop(), reminders.stop(), changes.stop()]);
    },
  };
}

function startLoop(job: () => Promise<unknown>, name: string, intervalMs: number): DeadlinePoller {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastFailure: string | undefined;

  async function tick(): Promise<void> {
    try {
      await job();
      if (lastFailure) console.log(`[deadlines] the ${name} works again`);
      lastFailure = undefined;
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      if (message !== lastFailure) console.error(`[deadlines] the ${name} failed, retrying: ${message}`);
      lastFailure = message;
    }
  }

  function run(): void {
    running = tick().finally(() => {
      running = undefined;
      schedule();
    });
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(run, intervalMs);
    // The poller alone never keeps the process alive.
    timer.unref();
  }

  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
