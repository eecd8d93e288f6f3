// G8's floor: a virtualized list with nothing else, no React, no database, plain fixed rows,
// driven by the same virtualizer core the journal uses. The journal's scroll frames are read
// against this page's, measured in the same run.
import { observeWindowOffset, observeWindowRect, Virtualizer, windowScroll } from '@tanstack/virtual-core';

const ROW_HEIGHT = 102;
const count = Number(window.location.hash.slice(1)) || 1_000;
const found = document.getElementById('list');
if (!found) throw new Error('The bare list page has no #list element.');
const list: HTMLElement = found;

function render(instance: Virtualizer<Window, Element>): void {
  const items = instance.getVirtualItems();
  list.style.height = `${instance.getTotalSize()}px`;
  list.replaceChildren(
    ...items.map((item) => {
      const row = document.createElement('div');
      row.className = 'bare-row';
      row.setAttribute('role', 'listitem');
      row.style.transform = `translateY(${item.start}px)`;
      row.textContent = `Row ${item.index + 1} of ${count}`;
      return row;
    }),
  );
}

const virtualizer = new Virtualizer<Window, Element>({
  count,
  getScrollElement: () => window,
  estimateSize: () => ROW_HEIGHT,
  overscan: 6,
  observeElementRect: observeWindowRect,
  observeElementOffset: observeWindowOffset,
  scrollToFn: windowScroll,
  onChange: render,
});
virtualizer._didMount();
virtualizer._willUpdate();
render(virtualizer);
document.body.dataset.ready = 'true';
