/**
 * Hyphenation points for long Dutch words, as soft hyphens (U+00AD), so that a word too long for a
 * narrow column breaks with a hyphen in every browser: CSS `hyphens: auto` does so only where the
 * browser has a Dutch dictionary (Firefox and Safari do; Chromium on Linux and Windows often not).
 *
 * A full pattern hyphenator (Liang's Dutch patterns) costs about 48 kB gzip, more than half of the
 * CDN file: this is a small, deliberate step instead. It breaks only where a break is safe: between
 * the parts of a compound (before a known second part: `capaciteits|ontwikkeling`), after a prefix
 * (`ver|`, `ont|`, `onder|`) and before a suffix (`|heid`, `|lijke`, `|schap`). A long word with
 * none of these keeps the CSS fallback (`overflow-wrap`, and `hyphens: auto` where it works).
 * No DOM here.
 */

/** Words shorter than this fit every column the elements draw. */
const MIN_WORD = 12;
/** Neither side of a break is shorter than this. */
const MIN_PART = 3;
const SOFT_HYPHEN = '\u00ad';

/** Second parts of compounds (and words that often start one), longest tried first. */
const HEADS = [
  'ontwikkelingen', 'ontwikkeling', 'organisaties', 'organisatie', 'ondersteuners', 'ondersteuner',
  'coördinatoren', 'coördinator', 'omstandigheden', 'beschouwelijke', 'initiatieven', 'initiatief',
  'medewerkers', 'medewerker', 'behartiging', 'corporaties', 'competentie', 'opbouwers', 'opbouwer',
  'opbouw', 'processen', 'proces', 'vermogen', 'profiel', 'krachten', 'kracht', 'plekken', 'groepen',
  'stemmen', 'studie', 'datum', 'staat', 'makers', 'agenten', 'vorming', 'gevers', 'werkers',
  'werker', 'beleid', 'netwerk', 'partners', 'bewoners', 'verband', 'aanpak', 'gericht',
];
const PREFIXES = ['onder', 'over', 'ver', 'ont', 'her'];
const SUFFIXES = ['heden', 'heid', 'lijke', 'lijk', 'schappen', 'schap'];

const cache = new Map<string, string>();

/** The breaks of one lower-case word, as offsets into it. */
function breaks(word: string, from: number, to: number, out: Set<number>): void {
  const part = word.slice(from, to);
  if (part.length < 2 * MIN_PART) return;
  for (const head of HEADS) {
    if (part.length - head.length >= MIN_PART && part.endsWith(head)) {
      out.add(to - head.length);
      breaks(word, from, to - head.length, out);
      breaks(word, to - head.length, to, out);
      return;
    }
  }
  for (const suffix of SUFFIXES) {
    if (part.length - suffix.length >= MIN_PART && part.endsWith(suffix)) {
      out.add(to - suffix.length);
      breaks(word, from, to - suffix.length, out);
      return;
    }
  }
  for (const prefix of PREFIXES) {
    if (part.length - prefix.length >= MIN_PART && part.startsWith(prefix)) {
      out.add(from + prefix.length);
      breaks(word, from + prefix.length, to, out);
      return;
    }
  }
}

function hyphenateWord(word: string): string {
  let done = cache.get(word);
  if (done === undefined) {
    const at = new Set<number>();
    breaks(word.toLowerCase(), 0, word.length, at);
    done = [...at]
      .sort((a, b) => b - a)
      .reduce((w, i) => `${w.slice(0, i)}${SOFT_HYPHEN}${w.slice(i)}`, word);
    if (cache.size > 2000) cache.clear();
    cache.set(word, done);
  }
  return done;
}

/**
 * The text with soft hyphens in its long Dutch words; any other language, or a text with soft
 * hyphens of its own, is returned as it is. Screen readers and copy-paste ignore soft hyphens.
 */
export function hyphenate(text: string, lang: string): string {
  if (lang !== 'nl' || text.length < MIN_WORD || text.includes(SOFT_HYPHEN)) return text;
  return text.replace(/[\p{L}\p{M}]{12,}/gu, hyphenateWord);
}
