// The clock adapter: everything that stamps a time asks here, so tests can move time.
// In the local stage only, LOCAL_CLOCK (an ISO instant) starts the clock at that moment and lets it
// run on, so end-to-end stories see the same working day whenever they run.
const processStart = Date.now();

function localStart(): number {
  if (process.env.STAGE !== 'local' || !process.env.LOCAL_CLOCK) return NaN;
  return Date.parse(process.env.LOCAL_CLOCK);
}

export const clock = {
  now: (): Date => {
    const start = localStart();
    return Number.isNaN(start) ? new Date() : new Date(start + (Date.now() - processStart));
  },
};
