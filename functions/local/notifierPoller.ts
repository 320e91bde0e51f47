// On one machine there is no table stream: `npm start` drains the outbox in-process on an interval.
import { drainOutbox } from '../src/notices/notifier';

export interface NotifierPoller {
  /** Stops ticking and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs drainOutbox every `intervalMs`, the next run timed from the end of the last, so runs never
 * overlap. Quiet per tick; a failure is logged once (not every second while it lasts) and the
 * next tick simply tries again.
 */
export function startNotifierPoller(intervalMs = 1000): NotifierPoller {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastFailure: string | undefined;

  async function tick(): Promise<void> {
    try {
      await drainOutbox();
      if (lastFailure) console.log('[notifier] draining the outbox again');
      lastFailure = undefined;
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      if (message !== lastFailure) console.error(`[notifier] draining the outbox failed, retrying: ${message}`);
      lastFailure = message;
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule();
      });
    }, intervalMs);
    // The poller alone never keeps the process alive.
    timer.unref();
  }

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
