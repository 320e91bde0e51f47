// The local stack's Lambda functions as serverless.yml deploys them: the configuration resolved by
// the framework itself (`serverless print`), each HTTP function bundled with the same esbuild
// settings into this stack's own build folder (never `.esbuild/`, which `serverless package`
// empties), and loaded in this process once, like a warm Lambda.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions } from 'esbuild';
import type { CorsSettings, GatewayRoute, LambdaHandler } from './gateway';

interface PrintedFunction {
  handler: string;
  events?: { httpApi?: '*' | { method: string; path: string } }[];
}
/** serverless.yml's `custom.esbuild`: serverless-esbuild's settings, the rest passed to esbuild as they are. */
export interface DeployedEsbuild {
  minify?: boolean;
  sourcemap?: BuildOptions['sourcemap'];
  sourcesContent?: boolean;
  target?: string;
  platform?: 'node';
  mainFields?: string[];
  exclude?: string[];
}
interface Printed {
  provider: { environment?: Record<string, string>; httpApi?: { cors?: CorsSettings } };
  custom: { esbuild: DeployedEsbuild };
  functions: Record<string, PrintedFunction>;
}

/** The esbuild options serverless-esbuild builds a function with, from serverless.yml's settings (`exclude` becomes `external`). */
export function deployedEsbuildOptions(e: DeployedEsbuild): BuildOptions {
  return {
    bundle: true,
    platform: e.platform ?? 'node',
    format: 'cjs',
    target: e.target ?? 'node20',
    minify: e.minify ?? false,
    sourcemap: e.sourcemap ?? false,
    sourcesContent: e.sourcesContent,
    mainFields: e.mainFields,
    external: e.exclude ?? [],
  };
}

export interface LocalDeployment {
  routes: GatewayRoute[];
  cors?: CorsSettings;
  /** provider.environment as resolved for the stage (the functions' environment). */
  environment: Record<string, string>;
  /** Function name → handler file and export, e.g. cases → functions/src/handlers/cases.ts#handler. */
  entries: Record<string, { file: string; exportName: string }>;
  esbuild: Printed['custom']['esbuild'];
}

/** serverless.yml for a stage, resolved by the framework (params, env, files), offline. */
export async function describeDeployment(root: string, stage: string, env: NodeJS.ProcessEnv): Promise<LocalDeployment> {
  const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/serverless'), ['print', '--stage', stage, '--format', 'json'], {
    cwd: root,
    env,
    maxBuffer: 16 << 20,
  });
  const printed = JSON.parse(stdout) as Printed;
  const routes: GatewayRoute[] = [];
  const entries: LocalDeployment['entries'] = {};
  for (const [fn, def] of Object.entries(printed.functions)) {
    const http = (def.events ?? []).flatMap((e) => (e.httpApi ? [e.httpApi] : []));
    if (!http.length) continue; // the notifier and the deadline job run as pollers beside the API
    const dot = def.handler.lastIndexOf('.');
    entries[fn] = { file: `${def.handler.slice(0, dot)}.ts`, exportName: def.handler.slice(dot + 1) };
    for (const e of http) routes.push(e === '*' ? { method: '*', path: '*', fn } : { method: e.method.toUpperCase(), path: e.path, fn });
  }
  return { routes, cors: printed.provider.httpApi?.cors, environment: printed.provider.environment ?? {}, entries, esbuild: printed.custom.esbuild };
}

/**
 * Bundles every HTTP function into `outDir` (emptied first) with serverless.yml's esbuild settings.
 * `outDir` sits inside the repository, so the bundles find any package they leave out, as on Lambda.
 */
export async function buildFunctions(root: string, deployment: LocalDeployment, outDir: string): Promise<Record<string, string>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    ...deployedEsbuildOptions(deployment.esbuild),
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(deployment.entries).map(([fn, e]) => [fn, e.file])),
    outdir: outDir,
    logLevel: 'error',
  });
  return Object.fromEntries(Object.keys(deployment.entries).map((fn) => [fn, path.join(outDir, `${fn}.js`)]));
}

/** Loads each bundle once (its cold start); a bundle that does not load stays a rejected promise. */
export function loader(bundles: Record<string, string>, deployment: LocalDeployment): (fn: string) => Promise<LambdaHandler> {
  const loaded = new Map<string, Promise<LambdaHandler>>();
  return (fn) => {
    let handler = loaded.get(fn);
    if (!handler) {
      handler = (async () => {
        const file = bundles[fn];
        if (!file) throw new Error(`no function ${fn}`);
        const exported = (require(file) as Record<string, unknown>)[deployment.entries[fn].exportName];
        if (typeof exported !== 'function') throw new Error(`${file} exports no handler ${deployment.entries[fn].exportName}`);
        return exported as LambdaHandler;
      })();
      loaded.set(fn, handler);
      // As on Lambda, a failed cold start is tried again by the next request.
      handler.catch(() => loaded.delete(fn));
    }
    return handler;
  };
}
