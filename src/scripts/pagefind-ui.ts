/** The part of Pagefind's default UI that this site uses; the script itself is served from /pagefind/. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

/** A mounted search: Pagefind's UI, plus a way to search a term as if the reader had typed it. */
export interface SearchUI {
  search(term: string): void;
}

let loading: Promise<PagefindUIConstructor> | undefined;

/** Loads Pagefind's own UI (script and styles) once, on first use. */
export function loadPagefindUI(): Promise<PagefindUIConstructor> {
  const bundle = `${document.documentElement.dataset.base ?? '/'}pagefind/`;
  loading ??= new Promise((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundle}pagefind-ui.css`;
    const script = document.createElement('script');
    script.src = `${bundle}pagefind-ui.js`;
    script.onload = () => resolve((window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI);
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(style, script);
  });
  return loading;
}

/**
 * Pagefind's UI numbers a search only once its engine has loaded, so letters typed during the load
 * start searches that can be numbered out of order, and a shorter query's results then stay on
 * screen. Until the first results are shown, one search goes through; what the reader types
 * meanwhile is held back and searched as a whole once they are.
 */
function oneSearchWhileLoading(container: HTMLElement): { searching(term: string): void } {
  let waitingFor: string | undefined;
  const hold = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches('.pagefind-ui__search-input')) return;
    if (waitingFor === undefined) {
      // An empty query starts no search, so it does not count as the one let through.
      if (input.value) waitingFor = input.value;
      return;
    }
    event.stopPropagation();
  };
  container.addEventListener('input', hold, { capture: true });
  const loaded = new MutationObserver(() => {
    if (!container.querySelector('.pagefind-ui__results')) return;
    loaded.disconnect();
    container.removeEventListener('input', hold, { capture: true });
    const input = container.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
    if (input && input.value !== waitingFor) input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  loaded.observe(container, { childList: true, subtree: true });
  return {
    searching(term) {
      waitingFor ??= term;
    },
  };
}

/** Mounts Pagefind's UI into an element, searching the index of the page's language. */
export async function mountSearch(selector: string, placeholder: string): Promise<SearchUI> {
  const PagefindUI = await loadPagefindUI();
  const container = document.querySelector<HTMLElement>(selector);
  if (!container) throw new Error(`search: no element matches ${selector}`);
  const gate = oneSearchWhileLoading(container);
  const ui = new PagefindUI({
    element: container,
    bundlePath: `${document.documentElement.dataset.base ?? '/'}pagefind/`,
    showSubResults: true,
    showImages: false,
    // A title match would otherwise lift a short page (a person, the glossary) above the report itself.
    ranking: { metaWeights: { title: 1 } },
    resetStyles: false,
    translations: { placeholder },
    // Search as soon as the reader types (the index is small), instead of Pagefind's 300 ms pause.
    debounceTimeoutMs: 0,
    // Full-width and half-width forms (ＫＶＭ, ﾈｰﾑｽﾍﾟｰｽ) search as their ordinary forms.
    processTerm: (term: string) => term.normalize('NFKC'),
  });
  return {
    search(term) {
      gate.searching(term);
      ui.triggerSearch(term);
    },
  };
}
