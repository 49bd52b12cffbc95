import { normalizeQuery, queryWords } from '../../lib/search-query.ts';
import { shapeResult, type ExcerptPart, type ResultLink, type ShapedResult } from '../../lib/search-results.ts';
import { find, loadEngine, preload, type Found, type PagefindResult } from './engine.ts';

type Plural = { one: string; other: string };

/** The panel's messages in the page's language (SearchPanel.astro's data-text). */
interface Text {
  filterName: string;
  results: Plural;
  none: string;
  noneInSections: string;
  loading: string;
  failed: string;
  more: Plural;
}

/** Results listed at first; "more" loads the next as many (each result's data is a request). */
const PAGE_SIZE = 5;

export interface PanelOptions {
  /** The query and sections to start with (the search page's address). */
  query?: string;
  sections?: string[];
  /** Called with the query as typed and the chosen sections whenever either changes. */
  onChange?: (query: string, sections: string[]) => void;
}

/** What is listed: the results of one query and choice of sections. */
interface Shown {
  key: string;
  found: Found;
  words: string[];
  count: number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? element('mark', '', part.text) : document.createTextNode(part.text)));
}

/**
 * Search in a `[data-search-panel]` (the dialog's and the search page's): a combobox
 * (focus stays in the input; ArrowDown/ArrowUp move through results and their headings, Enter
 * opens one), section toggles, and a polite count or an assertive "no results". Whatever
 * arrives late, only results for the query now in the box and the sections now chosen are
 * listed: each step checks that both are still what it searched before it touches the page.
 */
export function mountPanel(panel: HTMLElement, options: PanelOptions = {}): void {
  const lang = document.documentElement.lang;
  const text = JSON.parse(panel.dataset.text ?? '{}') as Text;
  const input = panel.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = panel.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const alert = panel.querySelector<HTMLElement>('[data-search-alert]')!;
  const more = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = panel.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const toggles = [...panel.querySelectorAll<HTMLButtonElement>('.search-filter-value')];
  const plural = new Intl.PluralRules(lang);
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const pick = (forms: Plural, count: number) => (plural.select(count) === 'one' ? forms.one : forms.other);

  let shown: Shown | undefined;
  let active = -1;
  let searching = 0;
  let ready = false;
  /** A key pressed before the list was for the query in the box: it acts once it is, unless the query changes. */
  let queued: { key: string; action: () => void } | undefined;

  const chosen = () => toggles.filter((t) => t.getAttribute('aria-pressed') === 'true').map((t) => t.value);
  const keyOf = (query: string, sections: string[]) => JSON.stringify([query, sections]);
  const currentKey = () => keyOf(normalizeQuery(input.value), chosen());
  const isCurrent = (key: string) => key === currentKey();
  const optionsListed = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function say(message: string, urgent = false): void {
    status.textContent = urgent ? '' : message;
    alert.textContent = urgent ? message : '';
  }

  function setCounts(counts: Record<string, number>): void {
    for (const toggle of toggles) toggle.querySelector('.search-filter-count')!.textContent = counts[toggle.value] ? String(counts[toggle.value]) : '';
  }

  function setActive(index: number): void {
    const list = optionsListed();
    list[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = list[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function option(link: ResultLink, id: string, className: string): HTMLAnchorElement {
    const a = element('a', className);
    a.id = id;
    a.href = link.url;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.append(element('span', 'search-option-title', link.title));
    if (link.excerpt.length > 0) {
      const excerpt = element('span', 'search-option-excerpt');
      excerpt.append(...excerptNodes(link.excerpt));
      a.append(excerpt);
    }
    return a;
  }

  function group(result: ShapedResult, index: number): HTMLElement {
    const node = element('div', 'search-result');
    node.setAttribute('role', 'group');
    node.setAttribute('aria-label', result.title);
    const id = `${listbox.id}-${index}`;
    node.append(option(result, id, 'search-option search-page'), ...result.sections.map((s, i) => option(s, `${id}-${i}`, 'search-option search-section')));
    return node;
  }

  async function shape(results: PagefindResult[], words: string[]): Promise<ShapedResult[]> {
    return Promise.all(results.map(async (r) => shapeResult(await r.data(), words)));
  }

  function showMoreButton(): void {
    const left = shown ? shown.found.results.length - shown.count : 0;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = fill(pick(text.more, Math.min(left, PAGE_SIZE)), { count: Math.min(left, PAGE_SIZE) });
  }

  function list(next: Shown | undefined, results: ShapedResult[]): void {
    shown = next;
    listbox.replaceChildren(...results.map(group));
    listbox.hidden = results.length === 0;
    listbox.removeAttribute('data-stale');
    input.setAttribute('aria-expanded', String(results.length > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    showMoreButton();
  }

  async function showMore(): Promise<boolean> {
    const current = shown;
    if (!current || current.count >= current.found.results.length) return false;
    const from = current.count;
    const results = await shape(current.found.results.slice(from, from + PAGE_SIZE), current.words);
    if (shown !== current || current.count !== from || !isCurrent(current.key)) return false;
    listbox.append(...results.map((r, i) => group(r, from + i)));
    current.count += results.length;
    showMoreButton();
    return true;
  }

  async function update(): Promise<void> {
    const query = normalizeQuery(input.value);
    const sections = chosen();
    const key = keyOf(query, sections);
    options.onChange?.(input.value, sections);
    if (queued?.key !== key) queued = undefined;
    if (shown?.key === key) {
      listbox.removeAttribute('data-stale');
      return;
    }
    if (query === '') {
      list(undefined, []);
      setCounts({});
      say('');
      return;
    }
    if (shown) listbox.setAttribute('data-stale', '');
    if (!ready) say(text.loading);
    searching += 1;
    listbox.setAttribute('aria-busy', 'true');
    try {
      const found = await find(query, lang, text.filterName, sections);
      if (!isCurrent(key)) return;
      const words = queryWords(query);
      const results = await shape(found.results.slice(0, PAGE_SIZE), words);
      if (!isCurrent(key)) return;
      list({ key, found, words, count: results.length }, results);
      setCounts(found.counts);
      const total = found.results.length;
      if (total > 0) say(fill(pick(text.results, total), { count: total, query }));
      else say(fill(sections.length > 0 ? text.noneInSections : text.none, { query }), true);
      const act = queued;
      queued = undefined;
      if (act?.key === key) act.action();
    } catch {
      if (!isCurrent(key)) return;
      list(undefined, []);
      setCounts({});
      say(text.failed, true);
    } finally {
      searching -= 1;
      if (searching === 0) listbox.setAttribute('aria-busy', 'false');
    }
  }

  /** Runs a key's action on the list of the query in the box, waiting for it if need be. */
  function whenListed(action: () => void): void {
    const key = currentKey();
    if (shown?.key === key) action();
    else if (normalizeQuery(input.value) !== '') queued = { key, action };
  }

  function open(): void {
    const list = optionsListed();
    const target = list[active] ?? list[0];
    if (target) location.assign(target.href);
  }

  function move(step: 1 | -1): void {
    const count = optionsListed().length;
    if (step === 1) {
      if (active + 1 < count) setActive(active + 1);
      else void showMore().then((added) => added && setActive(active + 1));
    } else {
      setActive(active === -1 ? count - 1 : active - 1);
    }
  }

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      whenListed(() => move(step));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      whenListed(open);
    }
  });
  input.addEventListener('input', (event) => {
    clear.hidden = input.value === '';
    // While an input method composes (かそうか → 仮想化), fetch what the text shown needs, and search once it is committed.
    if ((event as InputEvent).isComposing) void preload(normalizeQuery(input.value)).catch(() => undefined);
    else void update();
  });
  input.addEventListener('compositionend', () => void update());
  clear.addEventListener('click', () => {
    input.value = '';
    clear.hidden = true;
    input.focus();
    void update();
  });
  for (const toggle of toggles) {
    toggle.addEventListener('click', () => {
      toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true'));
      void update();
    });
  }
  more.addEventListener('click', () => void showMore());

  input.value = options.query ?? input.value;
  clear.hidden = input.value === '';
  for (const toggle of toggles) if (options.sections?.includes(toggle.value)) toggle.setAttribute('aria-pressed', 'true');
  void loadEngine().then(
    () => (ready = true),
    () => undefined,
  );
  void update();
}
