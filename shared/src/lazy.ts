// A value built on first use: the shared schemas are declared as they always were, but a zod schema
// is constructed only when something first touches it (parses with it, nests it, reads its shape).
// A Lambda thereby builds, at cold start, none of the schemas, and on its first request only that
// route's (issue 15: zod's per-schema construction was most of every function's init beyond the
// SDK floor; decisions §101). The value stands in for the built one in every way JavaScript can
// observe it (properties, `in`, keys, prototype, `instanceof`), so callers and zod itself need not
// know. Identity is the stand-in's: every reference to a declared schema is the same stand-in.

/** Builds `build()` on first touch and forwards every operation to what it built. */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      const value: unknown = Reflect.get(target, key, target);
      return value;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in's own target has no such property, so it may only be reported configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
