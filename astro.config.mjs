// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkCells from './src/plugins/remark-cells';
import rehypeMathText from './src/plugins/rehype-math-text';
import remarkCjkBreaks from './src/plugins/remark-cjk-breaks';
import cellRunner from './src/integrations/cell-runner';
import linkCheck from './src/integrations/link-check';
import pageCsp from './src/integrations/page-csp';
import offline from './src/integrations/offline';
import { readingOrder } from './src/content/reading-order';

const contentRoot = fileURLToPath(new URL('./content/docs/', import.meta.url));

// Deploying under a sub-path (GitHub Pages): BASE_PATH=/repo-name/ SITE_URL=https://user.github.io npm run build
const base = process.env.BASE_PATH || '/';
// The real address, or none: without it pages carry no canonical URL and no sitemap is made,
// rather than ones that point at a placeholder host.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  markdown: {
    // Starlight's asides and our remark plugins need the unified (remark/rehype) pipeline;
    // Astro 7's default, Sätteri, does not run remark plugins.
    processor: unified({
      remarkPlugins: [remarkMath, remarkCjkBreaks, [remarkCells, { contentRoot }]],
      rehypePlugins: [rehypeKatex, rehypeMathText],
    }),
  },
  integrations: [
    cellRunner(),
    starlight({
      title: { en: 'What is the bias for?', 'zh-TW': '偏差是做什麼用的？' },
      description: 'An interactive field guide to the bias term in neural networks.',
      // English at the root, Traditional Chinese under /zh-tw/. 'zh-TW' exactly: Starlight keeps
      // only the language part of some tags, and would give zh-Hant no UI strings and zh-HK
      // the Simplified ones.
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-tw': { label: '繁體中文', lang: 'zh-TW' },
      },
      favicon: '/favicon.svg',
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css'],
      markdown: { processedDirs: ['./content/docs'] },
      components: {
        MarkdownContent: './components/ArticleContent.astro',
        Head: './components/Head.astro',
        ThemeProvider: './components/ThemeProvider.astro',
      },
      // Wrapped code never scrolls sideways, so no code block becomes an unlabelled scroll region.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        {
          label: 'Start here',
          translations: { 'zh-TW': '從這裡開始' },
          items: [{ label: 'Overview', translations: { 'zh-TW': '總覽' }, slug: 'index' }, 'argument-map', 'glossary'],
        },
        { label: 'Articles', translations: { 'zh-TW': '文章' }, items: [...readingOrder] },
      ],
      // The 404 page is src/pages/404.astro, one page in both languages.
      disable404Route: true,
      lastUpdated: false,
      pagination: true,
    }),
    linkCheck({ contentRoot }),
    pageCsp(),
    // Last: it precaches what the others wrote.
    offline(),
  ],
});
