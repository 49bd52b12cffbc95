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

// Sections keep their ids across languages, so switching language keeps the reader's place:
// the last section whose heading has reached the bottom of the sticky header.
document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  const readingLine = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 48;
  const current = [...document.querySelectorAll('main h2[id], main h3[id]')].filter((h) => h.getBoundingClientRect().top < readingLine).at(-1);
  link.hash = location.hash || (current ? `#${current.id}` : '');
});
