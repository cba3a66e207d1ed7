/** The CDN build: one file, everything registered. `<script type="module" src=".../wat-werkt.js">`. */
export * from './all.js';
