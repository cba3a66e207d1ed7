// src/base/style-map.ts: Lit's styleMap API, but CSSOM from the first render, so that a
// strict style-src (no 'unsafe-inline') never blocks it (see csp.test.ts for the page test).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from '../../src/base/style-map.js';

describe('CSP-safe styleMap', () => {
  it('sets camelCase, dash-case, custom and !important properties on the first render, and removes them later', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const setAttribute = Element.prototype.setAttribute;
    const attributes: string[] = [];
    Element.prototype.setAttribute = function (name: string, value: string) {
      attributes.push(name);
      return setAttribute.call(this, name, value);
    };
    try {
      const view = (styles: Record<string, string | number | null | undefined>) => html`<p style=${styleMap(styles)}>x</p>`;
      render(view({ fontSize: '13px', 'line-height': '2', '--ww-test': '4px', color: 'rgb(1, 2, 3) !important', margin: undefined }), host);
      const p = host.querySelector('p')!;
      expect(attributes, 'no style attribute written as a string').not.to.include('style');
      expect(p.style.fontSize).to.equal('13px');
      expect(p.style.lineHeight).to.equal('2');
      expect(p.style.getPropertyValue('--ww-test')).to.equal('4px');
      expect(p.style.getPropertyPriority('color')).to.equal('important');
      render(view({ fontSize: '14px' }), host);
      expect(p.style.fontSize).to.equal('14px');
      expect([p.style.lineHeight, p.style.getPropertyValue('--ww-test'), p.style.color]).to.deep.equal(['', '', '']);
    } finally {
      Element.prototype.setAttribute = setAttribute;
      host.remove();
    }
  });

  it('refuses to be used outside a style attribute, as lit’s does', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p title=${styleMap({})}></p>`, host)).to.throw(/style/);
  });
});
