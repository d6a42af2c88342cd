// The zh-TW edition (issue 12): every English page has a Traditional Chinese twin with the
// same arguments, references, sidebar place and cells, and its prose is Chinese.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractCells } from '../../src/cells/extract';
import { cellTwinDifferences } from '../../src/content/cell-twins';
import { chineseShare, proseParagraphs } from '../../src/content/prose';
import { headingAnchors, headingLinkPattern, linkedPageFile } from '../../src/content/headings';

const englishPages = globSync('content/docs/**/*.mdx').filter((f) => !f.includes('/zh-tw/'));
const twinOf = (file: string) => file.replace('content/docs/', 'content/docs/zh-tw/');
const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const headingLevels = (mdx: string) => [...mdx.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^(#{2,6})\s/gm)].map((m) => m[1]!.length);
/** Pages whose translation may have sections of its own: the glossary says why each Chinese word was chosen. */
const ownSections = new Set(['content/docs/glossary.mdx']);
const urls = (data: Record<string, unknown>) => ((data.references ?? []) as { url: string }[]).map((r) => r.url);

/**
 * The least share of Chinese in a paragraph of prose, counting each CJK character and each
 * Latin word as one unit. A translated paragraph that keeps a few names (Nielsen, ReLU,
 * LayerNorm) scores 0.85 or more; one English sentence left in a paragraph of equal length
 * brings it under 0.6, since an English sentence has about one word for every 1.6 characters of
 * its Chinese rendering.
 */
const leastChineseShare = 0.6;

describe('the zh-TW edition', () => {
  it('has a twin for every English page', () => {
    const missing = englishPages.filter((f) => !existsSync(twinOf(f)));
    expect(missing).toEqual([]);
  });

  for (const file of englishPages) {
    const twin = twinOf(file);
    if (!existsSync(twin)) continue;
    describe(twin, () => {
      const en = readFileSync(file, 'utf8');
      const zh = readFileSync(twin, 'utf8');
      const [dataEn, dataZh] = [frontmatter(en), frontmatter(zh)];

      it('claims the same arguments, cites the same references and keeps its place in the sidebar', () => {
        expect(dataZh.arguments).toEqual(dataEn.arguments);
        expect(urls(dataZh)).toEqual(urls(dataEn));
        expect(dataZh.sidebar).toEqual(dataEn.sidebar);
        expect(String(dataZh.title)).toMatch(/[\u4e00-\u9fff]/);
      });

      it('has the same cells, running the same code apart from their Chinese words', () => {
        const [cellsEn, cellsZh] = [extractCells(en), extractCells(zh)];
        expect(cellsZh.length).toBe(cellsEn.length);
        const differences = cellsEn.flatMap((cell, i) => cellTwinDifferences(cell.code, cellsZh[i]!.code).map((d) => `cell ${i + 1} (line ${cellsZh[i]!.line}): ${d}`));
        expect(differences).toEqual([]);
      });

      it('keeps the headings of the English page, in order, so an anchor names the same section in both', () => {
        if (!ownSections.has(file)) expect(headingLevels(zh)).toEqual(headingLevels(en));
      });

      it('links to headings that its twin pages have', () => {
        const broken = [...zh.matchAll(headingLinkPattern)].filter(([, target, anchor]) => {
          const found = linkedPageFile(twin, target!);
          return !found || !headingAnchors(readFileSync(found, 'utf8')).includes(decodeURIComponent(anchor!));
        });
        expect(broken.map((m) => m[0])).toEqual([]);
      });

      it('says what the reader will try, where the English page does', () => {
        if (/^\*\*Try it:\*\* \S/m.test(en)) expect(zh).toMatch(/^\*\*動手試試\*\*：\S/m);
      });

      it('has its prose in Chinese', () => {
        const english = proseParagraphs(zh).filter((p) => chineseShare(p) < leastChineseShare);
        expect(english).toEqual([]);
      });
    });
  }
});
