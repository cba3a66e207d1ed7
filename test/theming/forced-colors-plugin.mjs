// A web-test-runner command that turns Chromium's forced-colours emulation on and off (what Windows'
// contrast themes do). `emulateMedia` from @web/test-runner-commands cannot: with the Chrome launcher
// (puppeteer) it passes on only prefers-color-scheme and prefers-reduced-motion.
//
// Register it in web-test-runner.config.mjs: `plugins: [..., forcedColorsPlugin()]`. In a test:
// `await executeServerCommand('emulate-forced-colors', { active: true })`.
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colors: not supported by ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
