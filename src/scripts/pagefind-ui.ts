/** The part of Pagefind's default UI that this site uses; the script itself is served from /pagefind/. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

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

/** Mounts Pagefind's UI into an element, searching the index of the page's language. */
export async function mountSearch(selector: string, placeholder: string): Promise<PagefindUIInstance> {
  const PagefindUI = await loadPagefindUI();
  return new PagefindUI({
    element: selector,
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
}
