/**
 * Copy-link controls and the share row. Without JavaScript the controls are plain links. Here a
 * click on a heading's "#" copies its absolute URL (built on the canonical address, so a copy made
 * on a preview host still points at the real site) and announces it politely; the share row's
 * "Copy link" shows "Copied" beside it, and "Share…" appears where the browser has a share sheet.
 * Where the clipboard is unavailable or refuses, the link just works as a link.
 */
const liveRegion = document.querySelector<HTMLElement>('[data-copy-status]');
const confirmation = document.querySelector<HTMLElement>('[data-copy-confirm]');
const canonicalBase = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

function say(region: HTMLElement | null, message: string) {
  if (!region) return;
  // Empty first, so that the same message twice is announced twice.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

const copyButton = document.querySelector<HTMLButtonElement>('[data-copy-url]');
const shareButton = document.querySelector<HTMLButtonElement>('[data-share-url]');
if (copyButton && navigator.clipboard) {
  copyButton.hidden = false;
  document.querySelector<HTMLElement>('[data-share-fallback]')?.setAttribute('hidden', '');
  copyButton.addEventListener('click', () =>
    navigator.clipboard.writeText(copyButton.dataset.copyUrl!).then(
      () => say(confirmation, 'Copied'),
      () => say(confirmation, 'Could not copy: use the address bar'),
    ),
  );
}
if (shareButton && 'share' in navigator) {
  shareButton.hidden = false;
  shareButton.addEventListener('click', () => {
    navigator.share({ url: shareButton.dataset.shareUrl!, title: shareButton.dataset.shareTitle! }).catch(() => undefined);
  });
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href')!, canonicalBase).href;
  navigator.clipboard.writeText(url).then(
    () => {
      if (link.hash) history.replaceState(history.state, '', link.hash);
      say(liveRegion, 'Link copied');
    },
    () => {
      location.href = link.href;
    },
  );
});
