/**
 * Search's code, loaded by the launcher when the header's dialog first opens, and on load by the
 * search page. One module for both, so opening search is one request (plus what it shares with
 * the page a result opens, src/scripts/search/highlight.ts).
 */
import { mountPanel } from './panel.ts';

/** Elements Tab can reach in the dialog, in order. */
function tabbable(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((e) => e.tabIndex >= 0 && !e.closest('[hidden]') && e.getClientRects().length > 0);
}

/** Mounts search in the header's dialog, once; src/scripts/launcher.ts opens and closes it. Tab and Shift+Tab wrap around inside. */
export function mountDialog(dialog: HTMLDialogElement): void {
  if (dialog.dataset.mounted !== undefined) return;
  dialog.dataset.mounted = '';
  mountPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!);
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const stops = tabbable(dialog);
    const first = stops[0];
    const last = stops.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
}

/** The search page keeps its query and sections in its address (?q=…&section=…), so a search can be linked and shared. */
const SECTION_PARAM = 'section';

const pagePanel = document.querySelector<HTMLElement>('main [data-search-panel]');
if (pagePanel) {
  const params = new URLSearchParams(location.search);
  mountPanel(pagePanel, {
    query: params.get('q') ?? '',
    sections: params.getAll(SECTION_PARAM),
    onChange(typed, sections) {
      const url = new URL(location.href);
      url.searchParams.delete('q');
      url.searchParams.delete(SECTION_PARAM);
      if (typed) url.searchParams.set('q', typed);
      for (const section of sections) url.searchParams.append(SECTION_PARAM, section);
      history.replaceState(null, '', url);
    },
  });
}
