/**
 * Copies citations. Loaded on the first click on a copy button (launcher.ts loads the script a
 * control names in data-script), it handles that click (marked data-pending) and every later one:
 *   [data-copy="ID"]                       copies the text of the element with that id;
 *   [data-cite="ID"] (+ data-cite-url)     copies this page's citation with the address of the
 *                                          element ID (its permalink, or data-cite-url) in place of the page's.
 * A button may carry data-copied, the word it shows once the text is on the clipboard.
 */

/** This page's plain-text citation (#cite-text) naming `url` instead of the page's own address. */
export function citationFor(elementId: string, url?: string): string {
  const page = document.getElementById('cite-text')?.textContent?.trim() ?? '';
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href.split('#')[0] ?? '';
  const target = url ?? `${canonical}#${elementId}`;
  return page.includes(canonical) ? page.replace(canonical, target) : `${page} ${target}`.trim();
}

function textFor(button: HTMLElement): string {
  const { copy, cite, citeUrl } = button.dataset;
  if (cite) return citationFor(cite, citeUrl);
  return copy ? (document.getElementById(copy)?.textContent?.trim() ?? '') : '';
}

/** Without the Clipboard API (an insecure origin), selects the text so the reader can copy it. */
function select(button: HTMLElement): void {
  const target = button.dataset.copy && document.getElementById(button.dataset.copy);
  if (!target) return;
  const range = document.createRange();
  range.selectNodeContents(target);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

async function copy(button: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(textFor(button));
  } catch {
    select(button);
    return;
  }
  const label = button.textContent;
  button.textContent = button.dataset.copied ?? label;
  // The word goes back once the reader has had time to read it.
  setTimeout(() => (button.textContent = label), 2000);
}

const SELECTOR = '[data-copy], [data-cite]';
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>(SELECTOR);
  if (button && !button.hasAttribute('data-pending')) void copy(button);
});
for (const button of document.querySelectorAll<HTMLElement>(`:is(${SELECTOR})[data-pending]`)) {
  button.removeAttribute('data-pending');
  void copy(button);
}
