// The size floor: what any implementation of these elements ships as a minimum, bundled with
// nothing else (by bench/lib/build.mjs, minified exactly like the CDN file): the lit modules the
// library imports, @lit/context, the d3-hierarchy functions it uses, and the built-in dossier.
// Keep it in step with the library's imports (`npm run bench` warns when src/ imports more).
export { LitElement, css, html, svg, nothing, noChange, render } from 'lit';
export { property, state } from 'lit/decorators.js';
export { Directive, directive, PartType } from 'lit/directive.js';
export { classMap } from 'lit/directives/class-map.js';
export { guard } from 'lit/directives/guard.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { live } from 'lit/directives/live.js';
export { repeat } from 'lit/directives/repeat.js';
export { html as staticHtml, literal } from 'lit/static-html.js';
export { createContext, ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
export { hierarchy, partition, treemap, treemapDice, treemapSlice } from 'd3-hierarchy';
export { default as dossier } from '../../data/samenlevingsopbouw.json';
