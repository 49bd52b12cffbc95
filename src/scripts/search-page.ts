import { mountSearch } from './pagefind-ui.ts';

// The search page keeps its query in ?q= so that a search can be linked and shared.
const container = document.querySelector<HTMLElement>('#search-page-ui');
if (container) {
  const ui = await mountSearch('#search-page-ui', container.dataset.placeholder ?? '');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.search(query);
  container.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    const url = new URL(location.href);
    if (event.target.value) url.searchParams.set('q', event.target.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
