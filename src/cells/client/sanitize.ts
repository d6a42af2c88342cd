/**
 * Figure markup comes from code the reader (or whoever sent them a link) wrote, and is put
 * into the page's own DOM. Only drawing elements and harmless attributes get through: no
 * scripts, no event handlers, no links or styles that could load anything from anywhere.
 */
const allowedElements = new Set([
  'svg', 'g', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse', 'text', 'tspan',
  'title', 'desc', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'marker', 'pattern',
  'mask', 'use', 'style', 'figure', 'figcaption', 'div', 'span', 'p', 'h2', 'h3', 'small', 'b', 'strong',
  'i', 'em', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'code', 'pre', 'sub', 'sup',
]);

const linkAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'srcset']);

/** `url(...)` that points anywhere but into this same document. */
const externalUrl = /url\(\s*(?!['"]?#)|@import|expression\s*\(/i;

/**
 * Parses markup inertly (a template runs no script and loads nothing) and returns only its
 * safe part, ready to insert.
 * @example sanitizedFragment('<svg onload="x()"><script>x()</script><path d="M0 0"/></svg>') // <svg><path d="M0 0"></path></svg>
 */
export function sanitizedFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content);
  return template.content;
}

function clean(parent: ParentNode): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.COMMENT_NODE) node.remove();
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (!allowedElements.has(element.localName.toLowerCase())) {
      element.remove();
      continue;
    }
    if (element.localName === 'style' && externalUrl.test(element.textContent ?? '')) {
      element.remove();
      continue;
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      const unsafe =
        lower.startsWith('on') ||
        (linkAttributes.has(lower) && !value.trim().startsWith('#')) ||
        externalUrl.test(value);
      if (unsafe) element.removeAttribute(name);
    }
    clean(element);
  }
}
