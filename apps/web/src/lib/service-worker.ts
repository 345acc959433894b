/**
 * Installs the service worker (public/sw.js) that keeps the app's shell, so the app opens offline.
 * Production only: in development Vite serves modules that change, which it must not keep.
 */
export const registerServiceWorker = () => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    // Without the worker the app still works, only not offline: nothing to tell the user.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  };
  // After load, so installing it does not compete with the first page for the network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
};
