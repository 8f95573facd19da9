// Flags for Debian's Chromium on machines with no outside network: without the background-networking
// flags Chromium keeps trying (and failing) to reach its vendor's services.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
