// Paint containment clips at the host's edge; what the elements draw just outside their content
// (a focus ring: 3 px outline, 2 px offset) must still show there, in every engine.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { containment } from './containment.js';

/** A contained host whose only content is a box reaching 5 px past its edge, as a focus ring does. */
class ContainedProbe extends LitElement {
  static override styles = [
    containment,
    css`
      :host {
        display: block;
        inline-size: 200px;
        block-size: 40px;
        margin: 20px;
        position: relative;
      }
      .ring {
        position: absolute;
        inset: -5px;
      }
    `,
  ];
  override render() {
    return html`<div class="ring"></div>`;
  }
}
customElements.define('contained-probe', ContainedProbe);

describe('containment', () => {
  it('leaves what is drawn up to 5 px outside the host (a focus ring) visible, also where the engine has no overflow-clip-margin', async () => {
    const el = await fixture<ContainedProbe>(html`<contained-probe></contained-probe>`);
    const ring = el.shadowRoot!.querySelector('.ring')!;
    expect(getComputedStyle(el).contain, 'contained').not.to.equal('none');
    const box = el.getBoundingClientRect();
    // Hit testing follows the clip: 3 px outside each edge, the ring must be what is there.
    const outside = [
      [box.left - 3, box.top + box.height / 2],
      [box.right + 2, box.top + box.height / 2],
      [box.left + box.width / 2, box.top - 3],
      [box.left + box.width / 2, box.bottom + 2],
    ];
    const hits = outside.map(([x, y]) => el.shadowRoot!.elementFromPoint(x, y) === ring);
    expect(hits).to.deep.equal([true, true, true, true]);
  });
});
