/**
 * Figure markup comes from code the reader (or whoever sent them a link) wrote, and goes into
 * the page's own DOM. DOMPurify parses and cleans it; this policy decides what is left:
 *
 * - drawing elements and text only: no `<style>`, no links, images, `<use>`, animation or
 *   form elements (Plot's own styles are in the page's stylesheet: see plot.ts);
 * - presentation attributes whose values load nothing: no CSS escapes, no `url()` except a
 *   reference to an element of the same figure, no `image-set()` and kin;
 * - `style` attributes reduced to an allow-list of properties, checked after the browser's
 *   own CSS parser has read them (so `u\72l(` is seen as the `url(` it is);
 * - no `data-*`, `name`, `form` or `tabindex`, and only Plot's `plot*` classes, so a figure
 *   cannot wear the page's hooks or look like its controls; ids (and the references to them)
 *   get the cell's prefix, so two figures never share one and none can clobber the page's.
 *
 * The page's CSP is the second wall: it refuses any request this policy would miss.
 */
import createDOMPurify, { type Config, type UponSanitizeAttributeHookEvent } from 'dompurify';

// A word list reads best as a paragraph.
// prettier-ignore
const tags = [
  '#text', 'svg', 'g', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse', 'text', 'tspan',
  'title', 'desc', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'marker', 'pattern', 'mask',
  'figure', 'figcaption', 'div', 'span', 'p', 'h2', 'h3', 'small', 'b', 'strong', 'i', 'em', 'br',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'code', 'pre', 'sub', 'sup',
];

// A word list reads best as a paragraph.
// prettier-ignore
const attributes = [
  'aria-label', 'aria-description', 'aria-hidden', 'role', 'class', 'id', 'style', 'title', 'xmlns',
  'viewbox', 'preserveaspectratio', 'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'dx', 'dy', 'd', 'points', 'transform', 'rotate', 'textlength', 'lengthadjust', 'offset',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'text-anchor', 'dominant-baseline',
  'alignment-baseline', 'text-decoration', 'letter-spacing', 'writing-mode', 'paint-order', 'shape-rendering',
  'vector-effect', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'stop-color', 'stop-opacity',
  'gradientunits', 'gradienttransform', 'patternunits', 'patterncontentunits', 'patterntransform',
  'clippathunits', 'maskunits', 'maskcontentunits', 'markerwidth', 'markerheight', 'markerunits', 'refx', 'refy',
  'orient', 'colspan', 'rowspan', 'scope',
];

/** CSS properties a figure's `style` may set (longhands: the browser expands shorthands). */
// A word list reads best as a paragraph.
// prettier-ignore
const styleProperties = new Set([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'color', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant-caps', 'font-variant-numeric', 'text-anchor', 'dominant-baseline', 'white-space',
  'max-width', 'width', 'height', 'overflow', 'overflow-x', 'overflow-y', 'display', 'text-align',
  'vertical-align', 'line-height', 'paint-order', 'shape-rendering', 'column-count', 'column-width',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right',
  'padding-bottom', 'padding-left', 'gap', 'row-gap', 'column-gap', 'align-items', 'flex-wrap',
]);

/** CSS functions that fetch or paint from elsewhere. */
const fetchingFunction = /(?:^|[^\w-])(?:-webkit-)?(?:image-set|image|cross-fade|element|paint|src|expression)\s*\(/i;
const anyUrl = /url\s*\(/i;
const localUrl = /^\s*url\(\s*(['"]?)#([\w-]+)\1\s*\)\s*$/i;
const plotClass = /^plot(?:-[a-z0-9-]+)?$/;

export interface SanitizeOptions {
  /** Prepended to every id in the markup and to every reference to one (`url(#…)`). */
  idPrefix: string;
}

export type Sanitize = (html: string, options: SanitizeOptions) => DocumentFragment;

/**
 * A sanitizer for one window (the page's, or a test DOM's).
 * @example createSanitizer(window)('<svg onload="x()"><path d="M0 0"/></svg>', { idPrefix: 'c1-' }) // <svg><path d="M0 0"></path></svg>
 */
export function createSanitizer(window: Window & typeof globalThis): Sanitize {
  const purify = createDOMPurify(window);
  const scratch = window.document.createElement('div');
  let prefix = '';
  const config: Config = {
    ALLOWED_TAGS: tags,
    ALLOWED_ATTR: attributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: false,
    RETURN_DOM_FRAGMENT: true,
  };
  purify.addHook('uponSanitizeAttribute', (_node: Element, data: UponSanitizeAttributeHookEvent) => {
    const value = checkValue(data.attrName, data.attrValue, prefix, scratch);
    if (value === undefined) data.keepAttr = false;
    else data.attrValue = value;
  });
  return (html, { idPrefix }) => {
    prefix = idPrefix;
    return purify.sanitize(html, config) as unknown as DocumentFragment;
  };
}

/** The value an attribute keeps, rewritten where it must be, or undefined to drop it. */
export function checkValue(name: string, value: string, prefix: string, scratch: HTMLElement): string | undefined {
  if (name === 'id') return /^[\w-]+$/.test(value) ? prefix + value : undefined;
  if (name === 'class') {
    const kept = value.split(/\s+/).filter((token) => plotClass.test(token));
    return kept.length > 0 ? kept.join(' ') : undefined;
  }
  if (name === 'style') return checkStyle(value, prefix, scratch);
  if (name.startsWith('aria-') || name === 'title') return value;
  // Everything else may be read as CSS (presentation attributes): no escapes, nothing fetched.
  if (value.includes('\\') || fetchingFunction.test(value)) return undefined;
  if (anyUrl.test(value)) return localReference(value, prefix);
  return value;
}

function localReference(value: string, prefix: string): string | undefined {
  const match = localUrl.exec(value);
  return match ? `url(#${prefix}${match[2]})` : undefined;
}

/** A style attribute as the browser parses it, with only allowed properties and harmless values. */
function checkStyle(value: string, prefix: string, scratch: HTMLElement): string | undefined {
  scratch.setAttribute('style', value);
  const style = scratch.style;
  const kept: string[] = [];
  for (let i = 0; i < style.length; i++) {
    const property = style.item(i);
    const parsed = style.getPropertyValue(property);
    if (!styleProperties.has(property) || parsed.includes('\\') || fetchingFunction.test(parsed)) continue;
    const safe = anyUrl.test(parsed) ? localReference(parsed, prefix) : parsed;
    if (safe !== undefined) kept.push(`${property}:${safe}`);
  }
  scratch.removeAttribute('style');
  return kept.length > 0 ? kept.join(';') : undefined;
}
