/**
 * The prose of an MDX page, for checks on its language: paragraphs with the code, math,
 * markup and link targets taken out, so only the words a reader reads are left.
 */
const cjk = /[\u3400-\u9fff\uf900-\ufaff]/gu;
/** A word of two or more Latin letters; one letter is a symbol (w, b, x). */
const latinWord = /[A-Za-z]{2,}/g;

/** The paragraphs of prose of an MDX page, each with 8 or more words or characters. */
export function proseParagraphs(mdx: string): string[] {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/\$[^$\n]+\$/g, '')
    .replace(/`[^`\n]+`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{[^{}\n]*\}/g, '');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => units(p) >= 8);
}

function units(text: string): number {
  return (text.match(cjk)?.length ?? 0) + (text.match(latinWord)?.length ?? 0);
}

/** The share of a text's units that are CJK characters, a Latin word counting as one unit. */
export function chineseShare(text: string): number {
  const total = units(text);
  return total === 0 ? 1 : (text.match(cjk)?.length ?? 0) / total;
}
