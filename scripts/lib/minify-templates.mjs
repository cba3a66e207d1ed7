// Minifies the CSS and HTML/SVG in Lit's tagged template literals at build time, for the npm build and
// the CDN file (vite.config.ts); JavaScript minifiers leave template literals as they are. minify-literals
// finds the templates (html``, svg``, staticHtml``, css``) and puts the results back, bindings intact.
//
// Nothing may render differently (test/packaging/minified-templates.test.ts compares every template
// before and after, in the browser):
// - html``, svg``: html-minifier-next collapses whitespace to one space, never removing it (a space
//   between inline elements, at a template's edge or in SVG text renders; `:empty` sees what it saw);
//   closing slashes stay (an svg`` template has no <svg> around it, so `<path/>` must close itself);
//   names keep their case (Lit's `.someProperty=${…}`), attributes their quotes and empty values
//   (`alt=""`), entities stay encoded; comments go. Style attributes are left alone (`style=${…}`
//   must stay one binding).
// - css``: `minifyCss` below removes comments and the whitespace CSS ignores, and changes nothing else.
//   (Lightning CSS saves 37 bytes gzip more on the CDN file, by rewriting values, selectors and media
//   queries into equivalent ones, which only a list of exceptions could check.)
import { minifyHTMLLiterals } from 'minify-literals';

/** Options for html-minifier-next (html``, svg``, staticHtml``). */
export const htmlOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  keepClosingSlash: true,
  decodeEntities: false,
  removeComments: true,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  removeDefaultTypeAttributes: false,
  minifyCSS: false,
  minifyJS: false,
};

/** Characters that need no whitespace after them (`:` too, which in a selector is never followed by any). */
const NONE_AFTER = new Set(['{', '}', ';', ',', ':', '(']);
/** Characters that need no whitespace before them. */
const NONE_BEFORE = new Set(['{', '}', ';', ',', ')']);

/**
 * CSS without comments and without the whitespace CSS ignores: each run of whitespace (or comment)
 * becomes one space, or none next to `{ } ; ,`, after `: (` and before `)`; a `;` before `}` goes.
 * Strings and escaped characters are copied as they are.
 */
export function minifyCss(css) {
  let out = '';
  let space = false;
  const emit = (text) => {
    if (space && out && !NONE_AFTER.has(out.at(-1)) && !NONE_BEFORE.has(text[0])) out += ' ';
    space = false;
    if (text === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += text;
  };
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      emit(css.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      emit(css.slice(i, i + 2));
      i += 2;
    } else {
      emit(c);
      i++;
    }
  }
  return out;
}

/** Results by module and code: the npm and CDN builds of one process (`npm run bench`) minify each module once. */
const done = new Map();

/** Minified `code` (JavaScript or TypeScript), or null when it has no template to minify. */
export function minifyTemplates(code, fileName) {
  if (!/\b(?:html|svg|css|staticHtml)`/.test(code)) return Promise.resolve(null);
  const key = `${fileName}\0${code}`;
  if (!done.has(key))
    done.set(key, minifyHTMLLiterals(code, { fileName, html: htmlOptions, css: minifyCss, htmlTags: ['html', 'svg'], cssTags: ['css'] }));
  return done.get(key);
}

/**
 * The Vite plugin: minifies the templates of our own modules (src/, tests excepted) in a library build
 * (the npm build, the CDN file); not in Storybook's build, where it would only cost time.
 */
export function minifyTemplatesPlugin({ root }) {
  const src = `${root.replace(/\\/g, '/')}/src/`;
  return {
    name: 'wat-werkt:minify-templates',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    transform(code, id) {
      const file = id.split('?')[0].replace(/\\/g, '/');
      if (!file.startsWith(src) || !/\.[cm]?[jt]s$/.test(file) || /\.(test|stories)\.[jt]s$/.test(file)) return null;
      return minifyTemplates(code, file);
    },
  };
}
