/**
 * The service worker, as one self-contained function: `src/integrations/offline.ts` writes its source into
 * `sw.js` with the precache list of the build, so this file must not refer to anything outside itself.
 *
 * Strategy: on install, cache the build's precache list (every file of a small site; the shell and the
 * search index of a big one: offline.ts) under a name versioned by the list's hash; on activate, delete this
 * site's older caches. Pages are fetched network first (a reader online always gets the latest deploy),
 * kept in the cache as they are read, and fall back to the cache offline; every other file is served from
 * the cache first, since its name or the cache version changes whenever its bytes do.
 */

/** What the generated `sw.js` passes in. */
export interface ServiceWorkerConfig {
  /** This build's cache: the prefix plus a hash of the precache list. */
  cache: string;
  /** What every cache of this site starts with, so activation finds the old ones. */
  prefix: string;
  /** The site's base path, which is also the worker's scope. */
  base: string;
  /** Root-relative URLs of every file to keep offline. */
  urls: string[];
  /** The page to show offline for an address that is not cached. */
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

/**
 * Install the worker's handlers; runs inside the service worker's global scope.
 *
 * @param config The cache name and precache list of this build.
 */
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
      // A page read online is there offline too, also on a site too big to precache whole, until the next
      // deploy replaces this cache. Not a page with a query (`search/?q=…`): the search page is precached
      // once, without it.
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

  /** `/edition/articles/x` and `/edition/articles/x/` are the same page on a static host. */
  function withTrailingSlash(address: string): Request {
    const url = new URL(address);
    if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
    return new Request(url.href);
  }

  async function cacheFirst(request: Request): Promise<Response> {
    return (await fromCache(request)) ?? fetch(request);
  }
}
