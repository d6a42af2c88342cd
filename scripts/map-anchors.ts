/**
 * Translators keep the English anchors in links between pages (`../shift/#what-the-bias-adds`, or `#a-heading` on the same page);
 * this rewrites each to the anchor of the translated heading at the same place, since a
 * translation keeps its original's headings in order. Run after translating:
 * `node scripts/map-anchors.ts` (idempotent; tests/content/translation.test.ts checks the result).
 */
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { headingAnchors, headingLinkPattern, linkedPageFile, twinAnchor } from '../src/content/headings.ts';

for (const file of globSync('content/docs/zh-tw/**/*.mdx')) {
  const text = readFileSync(file, 'utf8');
  const mapped = text.replace(headingLinkPattern, (link, target: string, anchor: string) => {
    const translated = linkedPageFile(file, target);
    const original = translated && translated.replace('content/docs/zh-tw/', 'content/docs/');
    if (!translated || !original || !existsSync(original)) return link;
    const anchors = headingAnchors(readFileSync(translated, 'utf8'));
    if (anchors.includes(anchor)) return link;
    const twin = twinAnchor(headingAnchors(readFileSync(original, 'utf8')), anchors, anchor);
    if (!twin) console.warn(`${file}: no heading for #${anchor} on ${translated}`);
    return twin ? `](${target}#${twin})` : link;
  });
  if (mapped !== text) {
    writeFileSync(file, mapped);
    console.log(`${file}: anchors mapped`);
  }
}
