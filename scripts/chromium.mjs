/**
 * Debian's Chromium, as every tool here starts it (tests, screenshots, the benchmark, Lighthouse).
 * Test tools cannot download a browser on this project's machines. The flags stop Chromium's own
 * background traffic, which a closed network would refuse, and its unseen extra renderers, and
 * run it as root in a container.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Each new window would also start a renderer for the address bar's WebUI popup, which a
  // headless browser never shows: on two cores it takes CPU from the page being measured.
  // (Puppeteer turns these off by default in later releases.)
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
