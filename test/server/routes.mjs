// Test-only routes for network failures: /__test/status/404, /__test/html,
// /__test/truncated, /__test/slow?ms=…, /__test/hang, /__test/flaky?key=… (fails once, then serves the dossier),
// /__test/stream?ms=…&chunks=… (the dossier streamed slowly), /__test/big?mb=… (an endless-looking body),
// /__test/switch/<kind>?key=… (fails as <kind> until /__test/switch-ok?key=…, then serves the dossier).
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const flaky = new Set();
const switched = new Set();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `text` in `chunks` pieces spread over `ms`; stops when the client goes away. */
function trickle(text, ms, chunks) {
  const size = Math.ceil(text.length / chunks);
  return Readable.from(
    (async function* () {
      for (let i = 0; i < text.length; i += size) {
        yield Buffer.from(text.slice(i, i + size));
        await sleep(ms / chunks);
      }
    })(),
  );
}

/** Answers the way a failing source does: the kinds a test can ask /__test/switch/<kind> for. */
async function fail(ctx, kind, dossier) {
  switch (kind) {
    case '404':
    case '500':
    case '503':
      ctx.status = Number(kind);
      ctx.body = `status ${kind}`;
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Log in</title><h1>Please log in</h1>';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = dossier.slice(0, Math.floor(dossier.length / 2));
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'invalid':
      ctx.type = 'application/json';
      ctx.body = dossier.replace('"format": "wat-werkt-dossier@1"', '"format": "wat-werkt-dossier@0"');
      return;
    case 'slow-body':
      // Headers at once, then the body in dribbles for 4 s: longer than the tests' timeouts.
      ctx.type = 'application/json';
      ctx.body = trickle(dossier, 4000, 40);
      return;
    case 'hang':
      await sleep(8000);
      ctx.status = 504;
      return;
    case 'reset':
      // The connection drops without an answer: fetch fails as a network error.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
  }
  ctx.status = 400;
  ctx.body = `unknown failure ${kind}`;
}

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
    case 'truncated':
      return fail(ctx, route, dossier);
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
    case 'stream': {
      const ms = Math.min(Number(ctx.query.ms ?? 1000), 10_000);
      ctx.type = 'application/json';
      ctx.body = trickle(dossier, ms, Math.max(1, Math.min(Number(ctx.query.chunks ?? 20), 200)));
      return;
    }
    case 'big': {
      // A JSON-looking body of `mb` megabytes, streamed; `length=1` announces its size up front.
      const mb = Math.min(Number(ctx.query.mb ?? 8), 64);
      const piece = Buffer.alloc(1 << 16, 'a');
      const count = Math.ceil((mb * 1_000_000) / piece.length);
      ctx.type = 'application/json';
      if (ctx.query.length) ctx.length = count * piece.length + 13;
      ctx.body = Readable.from(
        (async function* () {
          yield Buffer.from('{"format":"');
          for (let i = 0; i < count; i++) yield piece;
          yield Buffer.from('"}');
        })(),
      );
      return;
    }
    case 'switch': {
      if (!switched.has(String(ctx.query.key))) return fail(ctx, arg, dossier);
      ctx.type = 'application/json';
      ctx.body = dossier;
      return;
    }
    case 'switch-ok':
      switched.add(String(ctx.query.key));
      ctx.status = 204;
      return;
  }
  return next();
}
