// On one machine there is no scheduler: `npm start` runs the deadline check (and the booking
// reminders, on their own loop) in-process on an interval.
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
export function startDeadlinePoller(intervalMs = 60_000): DeadlinePoller {
  // The reminders tick on a loop of their own, so they never delay the deadline check.
  const reminders = startLoop(() => runBookingReminders(), 'booking reminders', intervalMs);
  const deadlines = startLoop(() => runDeadlineCheck(), 'deadline check', intervalMs);
  return {
    async stop() {
      await Promise.all([deadlines.stop(), reminders.stop()]);
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
