/**
 * A static file server for tests: serves a built `dist/` folder under a base path on 127.0.0.1, the way a
 * plain static host would (index.html for folders, a redirect to add a folder's slash, 404.html for misses).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running server: its origin, the base URL of the site, and a way to stop it. */
export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** Serve `folder` at `http://127.0.0.1:<free port><base>`. */
export async function serve(folder: string, base = '/'): Promise<StaticServer> {
  // `dev` reads the folder on each request, and with `etag` sends `Cache-Control: no-cache`.
  const files = sirv(folder, {
    dev: true,
    etag: true,
    onNoMatch: async (_request, response) => {
      const notFound = await readFile(join(folder, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    },
  });
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site');
      return;
    }
    request.url = url.slice(base.length - 1);
    const path = new URL(request.url, 'http://x').pathname;
    // A malformed escape is no folder: the promise turns the error into a miss.
    const folderPath = !path.endsWith('/') && (await Promise.resolve().then(() => stat(join(folder, decodeURI(path)))).then((info) => info.isDirectory(), () => false));
    if (folderPath) response.writeHead(301, { location: `${base}${path.slice(1)}/` }).end();
    else files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
