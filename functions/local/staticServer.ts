// Serves the H5 build of the mini-program and proxies /api/* to the local API, so the browser
// talks to one origin (no CORS in the local stack).
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode } from '@app/shared';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sendError(res: http.ServerResponse, code: ErrorCode): void {
  res.writeHead(ERROR_STATUS[code], { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message: ERROR_MESSAGES[code] } }));
}

export function startStaticServer(options: { root: string; port: number; apiOrigin: string }): Promise<http.Server> {
  const api = new URL(options.apiOrigin);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const upstream = http.request(
        {
          hostname: api.hostname,
          port: api.port,
          method: req.method,
          path: (url.pathname.slice(4) || '/') + url.search,
          headers: { ...req.headers, host: api.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => sendError(res, 'service_unavailable'));
      req.pipe(upstream);
      return;
    }
    let relative: string;
    try {
      relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      return sendError(res, 'not_found');
    }
    let file = path.join(options.root, relative);
    if (!file.startsWith(options.root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(options.root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve(server));
  });
}
