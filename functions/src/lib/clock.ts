// The clock adapter: everything that stamps a time asks here, so tests can move time.
export const clock = {
  now: (): Date => new Date(),
};
