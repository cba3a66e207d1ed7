/**
 * Measuring and wrapping label text for the tree's SVG, which has no line breaking of its own.
 * Widths come from a canvas with the element's own font, so what we wrap is what SVG draws.
 */

/** Width in px of `text` at the measurer's size; `bold` for region labels. */
export type Measure = (text: string, bold?: boolean) => number;

/**
 * A measurer for one font family and size. Text is measured word by word and the widths added up
 * with the spaces between (kerning does not cross a space), so that the many candidate lines of
 * wrapping, and labels sharing words, cost one canvas call per distinct word.
 */
export function createMeasure(fontFamily: string, fontSize: number): Measure {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  // One cache per weight, so that a lookup builds no key string (a 10,000-item tree looks up ~100,000 words).
  const caches = [new Map<string, number>(), new Map<string, number>()];
  const family = fontFamily || 'sans-serif';
  // Setting the canvas font parses it: only when it changes, not for every string.
  let weight = 0;
  const word = (text: string, bold: boolean) => {
    const cache = caches[bold ? 1 : 0];
    let width = cache.get(text);
    if (width === undefined) {
      if (ctx) {
        if (weight !== (weight = bold ? 700 : 400)) ctx.font = `${weight} ${fontSize}px ${family}`;
        width = ctx.measureText(text).width;
      } else width = text.length * fontSize * 0.55;
      cache.set(text, width);
    }
    return width;
  };
  const lines = [new Map<string, number>(), new Map<string, number>()];
  return (text, bold = false) => {
    if (!text.includes(' ')) return word(text, bold);
    const cache = lines[bold ? 1 : 0];
    let width = cache.get(text);
    if (width === undefined) {
      const parts = text.split(' ');
      width = (parts.length - 1) * word(' ', bold);
      for (const part of parts) if (part) width += word(part, bold);
      cache.set(text, width);
    }
    return width;
  };
}

/** Where a line may break: white space, but not a no-break space (which JavaScript's `\s` includes). */
const BREAKABLE_SPACE = /[^\S\u00a0]+/;

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
const LETTER = /\p{L}/u;
const isVowel = (word: string, i: number) => VOWEL.test(word[i] ?? '') || (word[i] === 'j' && word[i - 1] === 'i');
const isConsonant = (word: string, i: number) => LETTER.test(word[i] ?? '') && !isVowel(word, i);

/**
 * A syllable boundary before `word[i]`, roughly as Dutch (and English) hyphenation has it: before a
 * consonant that starts a syllable (a consonant followed by a vowel: "ontwik-keling",
 * "Gebiedscoördina-toren"), keeping "ch" and "sch" together ("be-schouwelijke").
 */
function syllableStart(word: string, i: number): number | undefined {
  if (!isConsonant(word, i) || !isVowel(word, i + 1) || !LETTER.test(word[i - 1] ?? '')) return undefined;
  if (word[i].toLowerCase() === 'h' && word[i - 1]?.toLowerCase() === 'c') return word[i - 2]?.toLowerCase() === 's' ? i - 2 : i - 1;
  return i;
}

/**
 * Where to break a word that does not fit on a line: the longest start that fits with a
 * hyphen, moved back to a syllable boundary when one is near, never leaving fewer than three
 * letters on either side.
 */
function breakPoint(word: string, maxWidth: number, width: (s: string) => number): number {
  const min = Math.min(3, Math.floor(word.length / 2));
  let fit = 0;
  for (let i = word.length - min; i >= min; i--) {
    if (width(word.slice(0, i) + '-') <= maxWidth) {
      fit = i;
      break;
    }
  }
  if (!fit) return Math.max(1, min);
  for (let i = fit; i >= Math.max(min, fit - 8); i--) {
    const at = syllableStart(word, i);
    if (at !== undefined && at >= min) return at;
  }
  return fit;
}

/** A word split after its hyphens and slashes, where a line may break ("buurt-/wijkniveau" → "buurt-", "/wijkniveau"). */
const piecesOf = (word: string) => (word.includes('-') || word.includes('/') ? word.split(/(?<=[-/])/) : [word]);

/** The longest unbreakable piece of `text` (words split after hyphens), in px. */
export function longestWord(text: string, width: (s: string) => number): number {
  let max = 0;
  for (const word of text.split(BREAKABLE_SPACE)) for (const piece of piecesOf(word)) max = Math.max(max, width(piece));
  return max;
}

/**
 * Greedy line breaking at spaces, after hyphens and slashes; a word longer than a line is
 * hyphenated. Every line fits in `maxWidth`, so labels are never clipped, only taller.
 *
 * `width` must add up across spaces (the width of "a b" is that of "a", " " and "b"), as
 * `createMeasure`'s does: a line's width is then kept as a running sum, and each candidate
 * costs the measurement of one word instead of the whole line so far.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  const space = width(' ');
  // The line being filled: its complete words (`done`, `doneWidth` wide) and the part of the
  // current word that is on it (`tail`).
  let done = '';
  let doneWidth = 0;
  let tail = '';
  const flush = () => {
    const line = done && tail ? `${done} ${tail}` : done || tail;
    if (line) lines.push(line);
    done = tail = '';
    doneWidth = 0;
  };
  for (const word of text.trim().split(BREAKABLE_SPACE)) {
    if (!word) continue;
    if (tail) {
      doneWidth = (done ? doneWidth + space : 0) + width(tail);
      done = done ? `${done} ${tail}` : tail;
      tail = '';
    }
    for (let piece of piecesOf(word)) {
      const candidate = tail + piece;
      if ((done ? doneWidth + space : 0) + width(candidate) <= maxWidth) {
        tail = candidate;
        continue;
      }
      flush();
      while (width(piece) > maxWidth && piece.length > 1) {
        const cut = breakPoint(piece, maxWidth, width);
        lines.push(piece.slice(0, cut) + '-');
        piece = piece.slice(cut);
      }
      tail = piece;
    }
  }
  flush();
  return lines.length ? lines : [''];
}
