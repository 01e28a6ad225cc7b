/**
 * Debian's Chromium, as every tool here starts it (tests, screenshots, the benchmark, Lighthouse).
 * Test tools cannot download a browser on this project's machines. The flags stop Chromium's own
 * background traffic, which a closed network would refuse, and run it as root in a container.
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
];
