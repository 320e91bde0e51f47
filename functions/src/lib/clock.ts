// The clock adapter: everything that stamps a time asks here, so tests can move time.
// In the local stage only, LOCAL_CLOCK (an ISO instant) starts the clock at that moment and lets it
// run on, so end-to-end stories see the same working day whenever they run. `npm start` pins it to
// one real instant for every process ("<iso>@<epoch ms>"): each Lambda of serverless-offline loads
// on its own, and clocks counted from each one's own start would disagree by seconds.
const processStart = Date.now();

function localStart(): { start: number; anchor: number } | undefined {
  if (process.env.STAGE !== 'local' || !process.env.LOCAL_CLOCK) return undefined;
  const [iso, anchor] = process.env.LOCAL_CLOCK.split('@');
  const start = Date.parse(iso);
  if (Number.isNaN(start)) return undefined;
  return { start, anchor: anchor && Number.isFinite(Number(anchor)) ? Number(anchor) : processStart };
}

/** LOCAL_CLOCK anchored at `realNow`: the same moment for every process that reads it. */
export const anchoredLocalClock = (iso: string, realNow = Date.now()): string => `${iso.split('@')[0]}@${realNow}`;

export const clock = {
  now: (): Date => {
    const local = localStart();
    return local ? new Date(local.start + (Date.now() - local.anchor)) : new Date();
  },
};
