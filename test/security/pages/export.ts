// Runs in /__test/page: <tree-infographic>'s SVG and PNG export under the page's CSP.
// The PNG is drawn from the SVG through an <img> with a blob: URL, which needs img-src blob:.
const done: Record<string, string> = {};
const { tags } = (await import('/__test/define-all.js' as string)) as { tags: string[] };
if (tags.includes('tree-infographic')) {
  const tree = document.createElement('tree-infographic') as HTMLElement & { toSVG(): Promise<string>; toPNG(): Promise<Blob> };
  document.getElementById('root')!.append(tree);
  await new Promise((resolve) => setTimeout(resolve, 500));
  done.svg = await tree.toSVG().then(
    (svg) => (svg.includes('<svg') ? 'ok' : 'no svg'),
    (error: Error) => `failed: ${error.message}`,
  );
  done.png = await tree.toPNG().then(
    (png) => (png.type === 'image/png' && png.size > 1000 ? 'ok' : `odd: ${png.type} ${png.size}`),
    (error: Error) => `failed: ${error?.message ?? error}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300)); // violation events come in a later task
} else done.skipped = 'no <tree-infographic> in src/define/';
(window as unknown as { __done: unknown }).__done = done;

export {};
