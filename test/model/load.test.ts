// fetchDossier's timeout against a body that keeps streaming in after the fetch's signal aborts.
// WebKit now and then read such a body to its end: a dossier trickling in for 4 s loaded despite an
// 800 ms timeout (test/security/network.test.ts, "slow-body", failed on MiniBrowser). Here the
// stubbed fetch behaves that way in every engine, so the load itself must stop the read.
import { expect } from '@open-wc/testing';
import { fetchDossier } from '../../src/model/load.js';
import dossier from '../../data/samenlevingsopbouw.json';

const text = JSON.stringify(dossier);

/** A Response whose body ignores any abort: `chunks` pieces of the dossier, one every `every` ms. */
function deafStream(chunks: number, every: number): Response {
  const size = Math.ceil(text.length / chunks);
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, every));
      if (i >= text.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(text.slice(i, (i += size))));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('fetchDossier: a slow body', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('fails as timeout when the body is not complete in time, even if the stream ignores the abort', async () => {
    let cancelled = false;
    window.fetch = async () => {
      const response = deafStream(40, 25); // 1 s in all
      const reader = response.body!;
      const original = reader.getReader.bind(reader);
      // Note when the load gives up on the body.
      reader.getReader = (() => {
        const r = original();
        const cancel = r.cancel.bind(r);
        r.cancel = (reason?: unknown) => ((cancelled = true), cancel(reason));
        return r;
      }) as typeof reader.getReader;
      return response;
    };
    const result = await fetchDossier('/slow.json', { timeout: 200 });
    expect(result?.ok).to.equal(false);
    expect(result && !result.ok && result.error.kind).to.equal('timeout');
    expect(cancelled, 'the body is cancelled, not read to its end').to.equal(true);
  });

  it('still loads a body that streams in within the timeout', async () => {
    window.fetch = async () => deafStream(5, 5);
    const result = await fetchDossier('/quick.json', { timeout: 5_000 });
    expect(result?.ok).to.equal(true);
  });

  it('resolves to undefined when the caller aborts while the body streams', async () => {
    window.fetch = async () => deafStream(40, 25);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await fetchDossier('/slow.json', { signal: controller.signal, timeout: 5_000 })).to.equal(undefined);
  });
});
