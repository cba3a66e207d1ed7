import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DossierController } from '../context/dossier-controller.js';
import { formatIssueLine, loadedErrorMessages, loadIssueFormatter } from '../i18n/issue-format.js';
import type { Dossier } from '../model/types.js';
import { renderError, renderLoading } from './state-views.js';
import { WatWerktElement } from './wat-werkt-element.js';

/**
 * Base of every element that shows the dossier. It gets the dossier from its own
 * `dossier` property, the nearest `<dossier-provider>`, or the built-in dossier,
 * and renders loading and error states so that no subclass ever shows half a view.
 */
export class DossierElement extends WatWerktElement {
  /**
   * Whether the element shows the shared selection (the active approach, the selected item). One
   * that does not, like `<dossier-overview>`, does not hear of it, so a change of it updates nothing there.
   */
  static followsSelection = true;

  protected readonly data = new DossierController(this, (this.constructor as typeof DossierElement).followsSelection);

  /**
   * A dossier object for this element alone; validated before use. Overrides any provider. The
   * validator loads on first use, so the check ends a few ticks later: until then the element shows
   * its loading state and this getter returns undefined, then the checked dossier (or the error).
   */
  @property({ attribute: false })
  get dossier(): Dossier | undefined {
    return this.data.dossier;
  }
  set dossier(value: Dossier | undefined) {
    this.data.setOwn(value);
  }

  /**
   * Renders `view` with the dossier once it is ready. While loading, or on an error,
   * a standalone element shows the state itself; inside a provider it keeps its space
   * quiet, since the provider shows the one message for the whole group.
   */
  protected withDossier(view: (dossier: Dossier) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    const state = this.data.state;
    const inProvider = this.data.origin === 'provider';
    if (state.status === 'ready') return view(state.dossier);
    if (state.status === 'loading')
      return inProvider ? html`<div class="state-placeholder" part="loading" aria-busy="true"></div>` : renderLoading(this.t);
    // Inside a provider the provider says it, once for the group: an element repeating it would only add noise.
    if (inProvider) return html`<div class="state-placeholder" part="error"></div>`;
    // The words load with the issues' messages (already loaded for every error the controller settles).
    const texts = loadedErrorMessages(this.locale);
    if (!texts) {
      void loadIssueFormatter().then(() => this.requestUpdate());
      return renderLoading(this.t);
    }
    return renderError(state.error, this.t, texts, this.locale, formatIssueLine);
  }
}
