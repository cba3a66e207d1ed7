// Runs in /__test/page under the strict CSP and breaks it on purpose, to prove that the
// policy is in force and that window.__probe hears violations. csp.test.ts checks the list.
const result: Record<string, string> = {};
const attempt = (name: string, action: () => void) => {
  try {
    action();
    result[name] = 'allowed';
  } catch (error) {
    result[name] = `threw ${(error as Error).name}`;
  }
};
const div = document.body.appendChild(document.createElement('div'));

attempt('inline style attribute', () => div.setAttribute('style', 'color: red'));
attempt('innerHTML with a string', () => (div.innerHTML = '<b>not trusted</b>'));
attempt('eval', () => (0, eval)('1 + 1')); // a Trusted Types sink before script-src is asked
attempt('style element', () => {
  const style = document.createElement('style');
  style.textContent = 'p { color: red }';
  document.head.append(style);
});
attempt('constructable stylesheet', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('p { color: blue }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
attempt('CSSOM style property', () => div.style.setProperty('color', 'green'));
const tt = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
attempt('policy "lit-html"', () => tt.createPolicy('lit-html', { createHTML: (s: string) => s }));
attempt('policy "lit-html" again', () => tt.createPolicy('lit-html', { createHTML: (s: string) => s }));
attempt('policy "default"', () => tt.createPolicy('default', { createHTML: (s: string) => s }));

result['script from another origin'] = await import('https://evil.example/x.js' as string).then(
  () => 'allowed',
  (error: Error) => `threw ${error.name}`,
);

await new Promise((resolve) => setTimeout(resolve, 200));
(window as unknown as { __done: unknown }).__done = result;

export {};
