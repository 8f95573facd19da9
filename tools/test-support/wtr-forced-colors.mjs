// A web-test-runner command that turns Chromium's forced-colors mode on or off for the test page.
// @web/test-runner-commands' emulateMedia passes forcedColors only to Playwright; with the Chrome
// launcher it is ignored, so this sets the media feature through the DevTools protocol directly.
// In a test: `await executeServerCommand('forced-colors', { active: true })`.
export function forcedColorsCommand() {
  return {
    name: 'attune-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
