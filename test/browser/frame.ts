import { waitUntil } from '@open-wc/testing';

export interface Probe {
  violations: string[];
  storage: string[];
  geolocation: string[];
}

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & { __probe: Probe };
  doc: Document;
  root: ShadowRoot;
}

/** Opens a fixture page in an iframe (same origin, so the test can reach into it) and waits for the finder. */
export async function openFrame(path: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '360px';
  iframe.style.blockSize = '800px';
  iframe.src = path;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as Frame['win'];
  const doc = iframe.contentDocument as Document;
  await waitUntil(() => doc.querySelector('support-finder')?.shadowRoot?.querySelector('form'), 'finder did not load', {
    timeout: 8000,
  });
  const root = (doc.querySelector('support-finder') as HTMLElement).shadowRoot as ShadowRoot;
  return { iframe, win, doc, root };
}

export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 60));
}

export async function clickIn(root: ShadowRoot, selector: string, text: string): Promise<void> {
  const target = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent.includes(text));
  if (!target) throw new Error(`no ${selector} with "${text}"`);
  target.click();
  await settle();
  // The results and their cards are a file fetched while the questions are answered.
  await waitUntil(() => !root.textContent.includes('Loading services'), 'still loading', { timeout: 5000 });
}

export function typeIn(root: ShadowRoot, selector: string, value: string, event = 'input'): void {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

/** A full journey using every question, the free-text search and a language switch. */
export async function fullJourney(frame: Frame): Promise<void> {
  const { root } = frame;
  await clickIn(root, 'label.choice', 'Me');
  await clickIn(root, 'button', 'Next');
  typeIn(root, '#age', '15');
  await clickIn(root, 'button', 'Next');
  await clickIn(root, 'label.choice', 'Feeling worried');
  typeIn(root, '#query', 'cant sleep before exams');
  await settle();
  await clickIn(root, 'button', 'Next');
  await clickIn(root, 'label.choice', 'No, I can wait');
  await clickIn(root, 'button', 'Next');
  await clickIn(root, 'label.choice', 'Face to face');
  await clickIn(root, 'button', 'Next');
  typeIn(root, '#postcode', 'GM1 2AB', 'change');
  await settle();
  await clickIn(root, 'button', 'Next');
  await clickIn(root, 'button', 'Show results');
  const opened = [...root.querySelectorAll('details')];
  for (const details of opened) details.open = true;
  // A card's "More about …" draws its contents on its toggle event, a task later.
  await waitUntil(() => opened.every((d) => !d.matches('.more') || d.querySelector('dl')), 'card details not drawn');
  root.querySelector<HTMLButtonElement>('.lang-choice[lang="pl"]')?.click();
  await waitUntil(() => root.querySelector('.finder')?.getAttribute('lang') === 'pl', 'Polish did not load');
}
