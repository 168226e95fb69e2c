/**
 * The only script every page loads: it registers the offline service worker, and loads the header search
 * code when a reader first uses the box. Without JavaScript the box is a plain form to the search page.
 */

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

// The worker is written by the build (src/integrations/offline.ts); the development server has none.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // No worker (private mode, a host that refuses it): the site still works online.
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) continue;
  const start = () => {
    input.removeEventListener('focus', start);
    input.removeEventListener('input', start);
    void import('./search-box.ts').then(({ mountSearchBox }) => mountSearchBox(form));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  // Focus may have arrived before this script ran (autofocus, a fast reader).
  if (document.activeElement === input) start();
}
