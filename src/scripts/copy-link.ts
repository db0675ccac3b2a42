/**
 * Copy-link controls (src/lib/section-links.ts). Without JavaScript they are
 * plain links to the heading's anchor. Here a click copies the absolute URL —
 * built on the canonical address, so a copy made on a preview host still points
 * at the real site — and "Link copied" is announced in the polite status region (role="status").
 * Where the clipboard is unavailable or refuses, the link just works as a link.
 */
const liveRegion = document.querySelector<HTMLElement>('[data-copy-status]');
const canonicalBase = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

function announce(message: string) {
  if (!liveRegion) return;
  // Empty first, so that the same message twice is announced twice.
  liveRegion.textContent = '';
  setTimeout(() => (liveRegion.textContent = message), 50);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href')!, canonicalBase).href;
  navigator.clipboard.writeText(url).then(
    () => {
      if (link.hash) history.replaceState(history.state, '', link.hash);
      announce('Link copied');
    },
    () => {
      location.href = link.href;
    },
  );
});
