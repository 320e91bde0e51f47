// Maps the bundle positions in a stack trace back to our source files. The deployed bundles carry
// their source maps beside them, unlinked (decisions §103: a linked map is read at every cold start),
// so a stack trace in the logs names positions in the minified bundle, e.g.
//   at Kx (/var/task/functions/src/handlers/cases.js:1:48211)
// Usage: npm run symbolicate -- <folder holding the .js.map files> < stack.txt
// The folder is the unzipped function package (`.serverless/<function>.zip`) or any build with the
// same settings. Node's own SourceMap class reads the maps; no dependency.
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';

const FRAME = /([^\s()]+\.js):(\d+):(\d+)/g;

/** `stack` with each `file.js:line:column` whose map is in `maps` (by file name) replaced by its source position. */
export function symbolicate(stack: string, maps: Map<string, SourceMap>): string {
  return stack.replace(FRAME, (whole, file: string, line: string, column: string) => {
    const map = maps.get(path.basename(file));
    if (!map) return whole;
    // SourceMap offsets are zero-based; stack traces count lines and columns from one.
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource) return whole;
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${entry.originalLine! + 1}:${entry.originalColumn! + 1}`;
  });
}

/** The source maps in a folder (recursively), by the name of the bundle each maps. */
export function mapsIn(folder: string): Map<string, SourceMap> {
  const maps = new Map<string, SourceMap>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js.map')) continue;
    const payload = JSON.parse(readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8')) as SourceMapPayload;
    maps.set(entry.name.replace(/\.map$/, ''), new SourceMap(payload));
  }
  return maps;
}

if (require.main === module) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npm run symbolicate -- <folder with the .js.map files> < stack.txt');
    process.exit(2);
  }
  const maps = mapsIn(folder);
  if (!maps.size) {
    console.error(`no .js.map files in ${folder}`);
    process.exit(2);
  }
  process.stdout.write(symbolicate(readFileSync(0, 'utf8'), maps));
}
