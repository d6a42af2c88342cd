/**
 * The articles in reading order: the sidebar's "Articles" group and every article's
 * previous/next links follow it, and the home page lists them in the same order (a content
 * test holds the two together). Slugs are paths under `content/docs/`, without extension.
 *
 * Starlight's `autogenerate` cannot be used here: it finds only content under
 * `src/content/docs`, and this site's articles live in `content/docs`.
 */
export const readingOrder = [
  'articles/intercept',
  'articles/shift',
  'articles/cs231n-intuition',
  'articles/threshold',
  'articles/step-approximation',
  'articles/firing-rate',
  'articles/logistic-cdf',
  'articles/training-dynamics',
  'articles/when-bias-is-redundant',
  'articles/playground',
] as const;
