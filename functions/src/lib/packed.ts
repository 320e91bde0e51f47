// Texts carried in a function compressed (brotli, base64) rather than as source: V8 compiles every
// byte of a bundle at cold start, while a string of base64 costs a fraction of the object literal it
// stands for and is unpacked on first use (decisions §85, §102). The generated modules are written
// by scripts/packText.ts; the tests compare each with its source.
import { brotliDecompressSync } from 'node:zlib';

/** The JSON value a packed module holds. */
export function unpackJson<T>(base64: string): T {
  return JSON.parse(brotliDecompressSync(Buffer.from(base64, 'base64')).toString('utf8')) as T;
}

/**
 * The value a packed module holds, unpacked on the first call and kept for the warm invocations
 * after it. Callers mark the call with esbuild's @__PURE__ comment, so a bundle that never uses the
 * result drops the text (a @__NO_SIDE_EFFECTS__ mark on this declaration was not honoured there).
 */
export function unpackedOnFirstUse<T>(base64: string): () => T {
  let value: T | undefined;
  return () => (value ??= unpackJson<T>(base64));
}
