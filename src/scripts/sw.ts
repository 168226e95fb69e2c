/**
 * The service worker, as one self-contained function that offline.ts writes into `sw.js` with the build's
 * precache list: it must refer to nothing outside itself. Pages are fetched network first (an online reader
 * gets the latest deploy) and kept as read; other files come from the cache first, since their name or the
 * cache's version changes whenever their bytes do. Activation deletes this site's older caches.
 */

export interface ServiceWorkerConfig {
  cache: string;
  /** What every cache of this site starts with, so activation finds the old ones. */
  prefix: string;
  base: string;
  /** Root-relative URLs of every file to keep offline. */
  urls: string[];
  notFound: string;
}

// The few service-worker types used here, so this file type-checks with the DOM library alone.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/** Install the worker's handlers; runs inside the service worker's global scope. */
export function serviceWorker(config: ServiceWorkerConfig): void {
  const scope = self as unknown as WorkerScope;

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(config.cache);
        // `reload` skips the HTTP cache, so the snapshot is this deploy's files and not a mix.
        await cache.addAll(config.urls.map((url) => new Request(url, { cache: 'reload' })));
        // A new deploy takes over at once rather than when every tab has closed.
        await scope.skipWaiting();
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) {
          if (name.startsWith(config.prefix) && name !== config.cache) await caches.delete(name);
        }
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin || !url.pathname.startsWith(config.base)) return;
    event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
  });

  // Precached files are stored without their query: `search/?q=…` is the search page, and Pagefind's
  // `pagefind-entry.json?ts=<time>` is this deploy's entry file.
  async function fromCache(request: Request): Promise<Response | undefined> {
    const cache = await caches.open(config.cache);
    return (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
  }

  async function networkFirst(request: Request): Promise<Response> {
    try {
      const response = await fetch(request);
      // Kept offline until the next deploy, even on a site too big to precache whole; not `search/?q=…`,
      // which is precached once without its query.
      if (response.ok && response.type === 'basic' && new URL(request.url).search === '') {
        const copy = response.clone();
        void caches.open(config.cache).then((cache) => cache.put(request, copy));
      }
      return response;
    } catch {
      const cached = (await fromCache(request)) ?? (await fromCache(withTrailingSlash(request.url)));
      if (cached) return cached;
      // Offline and not cached: the site's own 404 page, with the status a host would give it.
      const notFound = await caches.open(config.cache).then((cache) => cache.match(config.notFound));
      if (!notFound) return Response.error();
      return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    }
  }

/** `/x` and `/x/` are the same page on a static host. */
  function withTrailingSlash(address: string): Request {
    const url = new URL(address);
    if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
    return new Request(url.href);
  }

  async function cacheFirst(request: Request): Promise<Response> {
    return (await fromCache(request)) ?? fetch(request);
  }
}
