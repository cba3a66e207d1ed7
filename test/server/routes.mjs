// Test-only routes for network failures: /__test/status/404, /__test/html,
// /__test/truncated, /__test/slow?ms=…, /__test/hang, /__test/flaky?key=… (fails once, then serves the dossier).
import { readFile } from 'node:fs/promises';

const flaky = new Set();
const dossierFile = new URL('../../data/samenlevingsopbouw.json', import.meta.url);

export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const [, , route, arg] = ctx.path.split('/');
  const dossier = await readFile(dossierFile, 'utf8');
  switch (route) {
    case 'status':
      ctx.status = Number(arg);
      ctx.body = `status ${arg}`;
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = dossier.slice(0, Math.floor(dossier.length / 2));
      return;
    case 'slow': {
      const ms = Number(ctx.query.ms ?? 500);
      await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10_000)));
      ctx.type = 'application/json';
      ctx.body = ctx.query.variant === 'en-title' ? dossier.replace('"What works in community development"', '"Slow variant"') : dossier;
      return;
    }
    case 'hang':
      // Never answers within any test's patience; bounded so the server can close.
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      ctx.status = 504;
      return;
    case 'flaky': {
      const key = String(ctx.query.key);
      if (!flaky.has(key)) {
        flaky.add(key);
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = dossier;
      return;
    }
    case 'dossier':
      ctx.type = 'application/json';
      ctx.body = dossier;
      return;
  }
  return next();
}
