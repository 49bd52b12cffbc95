/**
 * "Save for offline reading": loaded on the first click on the control (launcher.ts), it opens the
 * panel with the download size (offline.json, written at build time) and asks the service worker
 * (src/service-worker/sw.ts) to save every file, showing its progress.
 */
interface Reply {
  type: 'status' | 'progress' | 'saved' | 'failed';
  saved?: boolean;
  done?: number;
  total?: number;
}

const root = document.querySelector<HTMLElement>('.offline-save');
const toggle = root?.querySelector<HTMLButtonElement>('[data-offline-toggle]');
const panel = root?.querySelector<HTMLElement>('.offline-panel');

/** Sends a message to the active service worker and passes on each reply. */
async function ask(type: 'status' | 'save', onReply: (reply: Reply) => void): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  registration.active?.postMessage({ type }, [channel.port2]);
}

function show(state: string): void {
  if (!panel) return;
  let text = '';
  for (const part of panel.querySelectorAll<HTMLElement>('[data-state]')) {
    part.hidden = part.dataset.state !== state;
    if (!part.hidden) text += ` ${part.textContent?.trim() ?? ''}`;
  }
  const status = panel.querySelector('[data-status]');
  if (status) status.textContent = text.trim();
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function open(): Promise<void> {
  if (!panel || !toggle || !root) return;
  panel.hidden = false;
  toggle.setAttribute('aria-expanded', 'true');
  const [{ bytes }, saved] = await Promise.all([
    fetch(root.dataset.manifest ?? '').then((response) => response.json() as Promise<{ bytes: number }>),
    new Promise<boolean>((resolve) => void ask('status', (reply) => resolve(reply.saved === true))),
  ]);
  const size = panel.querySelector('[data-size]');
  if (size) size.textContent = megabytes(bytes);
  show(saved ? 'already' : 'ready');
}

function save(): void {
  const progress = panel?.querySelector<HTMLProgressElement>('[data-progress]');
  const count = panel?.querySelector('[data-progress-text]');
  show('saving');
  void ask('save', (reply) => {
    if (reply.type === 'progress' && progress && count) {
      progress.max = reply.total ?? 1;
      progress.value = reply.done ?? 0;
      count.textContent = `${reply.done ?? 0} / ${reply.total ?? 0}`;
    } else if (reply.type === 'saved' || reply.type === 'failed') {
      show(reply.type);
    }
  });
}

toggle?.addEventListener('click', () => {
  if (panel?.hidden) void open();
  else if (panel) {
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  }
});
panel?.querySelector('[data-offline-save]')?.addEventListener('click', save);
// The click that loaded this script opens the panel.
if (root?.hasAttribute('data-pending')) {
  root.removeAttribute('data-pending');
  void open();
}
