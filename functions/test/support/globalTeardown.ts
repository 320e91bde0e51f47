// Stops the stores the global setup started.
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__STORES__ ?? []).map((store) => store.stop()));
}
