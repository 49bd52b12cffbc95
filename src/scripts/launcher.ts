// The only script on reading pages: it opens search on demand (its code loads then) and wires the
// theme and language switches.
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');

function openSearch(): void {
  if (!dialog) return;
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  void import('./search/index.ts').then(({ mountDialog }) => mountDialog(dialog));
}

// A page opened from a search result marks the query's words.
if (new URLSearchParams(location.search).has('highlight')) void import('./search/highlight.ts');

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

for (const trigger of document.querySelectorAll('[data-open-search]')) {
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    openSearch();
  });
}
document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !isTyping(event.target);
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if ((slash || ctrlK) && !dialog?.open) {
    event.preventDefault();
    openSearch();
  }
});
dialog?.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

const themeSwitch = document.querySelector<HTMLSelectElement>('[data-theme-switch]');
if (themeSwitch) {
  themeSwitch.value = document.documentElement.dataset.theme ?? 'system';
  themeSwitch.closest('label')?.removeAttribute('hidden');
  themeSwitch.addEventListener('change', () => {
    const theme = themeSwitch.value;
    if (theme === 'system') {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem('theme');
    } else {
      document.documentElement.dataset.theme = theme;
      localStorage.setItem('theme', theme);
    }
  });
}

// Sections and paragraphs keep their ids across languages, so switching language keeps the reader's
// place: the last heading or paragraph whose top has passed the bottom of the sticky header.
document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  const readingLine = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 24;
  const current = [...document.querySelectorAll('main :is(h2, h3, p, li, blockquote)[id]')].filter((h) => h.getBoundingClientRect().top < readingLine).at(-1);
  link.hash = current ? `#${current.id}` : location.hash;
});

// A paragraph's permalink opens it, and copies its address for pasting elsewhere.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
  const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.block-anchor') : null;
  if (!anchor || !navigator.clipboard || !copyStatus) return;
  void navigator.clipboard.writeText(anchor.href).then(() => {
    copyStatus.textContent = copyStatus.dataset.copied ?? '';
  }, () => undefined);
});

// Controls that need more script (copying a citation, saving the site for offline reading) name it
// in data-script: it loads on first use, and handles the click that loaded it (marked data-pending).
const loadedScripts = new Set<string>();
document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-script]');
  const src = trigger?.dataset.script;
  if (!trigger || !src || loadedScripts.has(src)) return;
  loadedScripts.add(src);
  trigger.dataset.pending = '';
  document.head.append(Object.assign(document.createElement('script'), { src }));
});
for (const control of document.querySelectorAll<HTMLElement>('[data-script]:not([data-needs-sw])')) control.hidden = false;

// Offline reading: the service worker keeps what the reader opens; the footer control saves the rest.
if ('serviceWorker' in navigator) {
  const base = document.documentElement.dataset.base ?? '/';
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  for (const control of document.querySelectorAll<HTMLElement>('[data-needs-sw]')) control.hidden = false;
}
