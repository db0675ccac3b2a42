/**
 * "/" focuses the search box from any page, as on most sites with search, unless the reader
 * is typing in a field. The search page's own box comes first; elsewhere the header's.
 */
addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  const box = document.querySelector<HTMLInputElement>('#search-q, #site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
