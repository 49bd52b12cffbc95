import { highlightWords, markRanges, withoutHighlight } from '../../lib/search-highlight.ts';

/**
 * A page opened from a search result (`?highlight=`) marks the query's words in its indexed
 * text, and offers a button that clears the marks and the words from the address.
 */

/** Wraps each occurrence of the words in the region's text in <mark>, outside what search leaves out. */
function mark(region: Element, words: string[]): HTMLElement[] {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of texts) {
    const ranges = markRanges(node.data, words);
    // Split from the end so that earlier offsets stay valid.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const m = document.createElement('mark');
      m.className = 'search-mark';
      hit.replaceWith(m);
      m.append(hit);
      marks.push(m);
    }
  }
  return marks;
}

function clearMarks(marks: HTMLElement[]): void {
  for (const m of marks) {
    const parent = m.parentNode;
    m.replaceWith(...m.childNodes);
    parent?.normalize();
  }
}

const words = highlightWords(location.search);
const region = document.querySelector('[data-pagefind-body]');
const main = document.querySelector<HTMLElement>('main');
const texts = document.querySelector<HTMLElement>('#search-dialog')?.dataset;
if (region && main && texts && words.length > 0) {
  const marks = mark(region, words);
  if (marks.length > 0) {
    const bar = document.createElement('div');
    bar.className = 'highlight-bar';
    const label = document.createElement('span');
    label.textContent = (texts.highlighting ?? '').replace('{words}', words.join(' '));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = texts.clearHighlight ?? '';
    button.addEventListener('click', () => {
      clearMarks(marks);
      bar.remove();
      history.replaceState(history.state, '', `${location.pathname}${withoutHighlight(location.search)}${location.hash}`);
      main.focus({ preventScroll: true });
    });
    bar.append(label, button);
    main.prepend(bar);
  }
}
