// Layout checks of a page as drawn, for the screenshots' tour: nothing wider
// than the viewport (unless inside a box that scrolls or clips), no text drawn
// over other text (a badge over a title), no word cut in two across lines, no
// chip whose text is cut across or spills out of its day. Each problem is
// one line naming the elements.

/** The problems found on the page now, as lines; none is `[]`. */
export async function layoutProblems(page) {
  const app = page.locator('.smp');
  const words = await brokenWords((await app.count()) > 0 ? app.first() : page.locator('body'));
  return words.concat(await drawnProblems(page));
}

/** Boxes wider than the viewport, text over text, chips cut or spilling. */
async function drawnProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    const name = (el) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${cls} “${text}”`;
    };
    // Drawn: not hidden, nor in a closed <details> (laid out, not painted).
    const shown = (el) =>
      el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    // The layer an element is drawn in: a fixed or sticky box (a sheet, a
    // bar) is drawn over the page's flow, which may pass under it.
    const layers = new Map();
    const layerOf = (el) => {
      if (!el || el === document.documentElement) return null;
      if (layers.has(el)) return layers.get(el);
      const position = getComputedStyle(el).position;
      const layer = position === 'fixed' || position === 'sticky' ? el : layerOf(el.parentElement ?? el.getRootNode().host);
      layers.set(el, layer);
      return layer;
    };
    // The box an element is drawn within: the viewport, cut by every
    // ancestor that scrolls or clips.
    const clips = new Map();
    const clipOf = (el) => {
      if (!el || el === document.documentElement) return { left: 0, right: width, top: -Infinity, bottom: Infinity, scrolls: false };
      if (clips.has(el)) return clips.get(el);
      const outer = clipOf(el.parentElement ?? el.getRootNode().host);
      const style = getComputedStyle(el);
      let clip = outer;
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        clip = {
          left: Math.max(outer.left, r.left),
          right: Math.min(outer.right, r.right),
          top: Math.max(outer.top, r.top),
          bottom: Math.min(outer.bottom, r.bottom),
          scrolls: outer.scrolls || /auto|scroll/.test(style.overflowX),
        };
      }
      clips.set(el, clip);
      return clip;
    };

    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a viewport of ${width}`);
    }

    const root = document.querySelector('.smp') ?? document.body;
    const all = [...root.querySelectorAll('*')].filter(shown);
    // Wider than the viewport, outside any box that scrolls.
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const clip = clipOf(el.parentElement);
      if (clip.scrolls) continue;
      if (r.right > width + 1 || r.left < -1) {
        const inside = el.parentElement && el.parentElement.getBoundingClientRect();
        // Report the outermost only.
        if (!inside || inside.right <= width + 1) problems.push(`${name(el)} reaches ${Math.round(r.right)} px of ${width}`);
      }
    }

    // Text over other text: each text node's boxes, cut to where it is drawn.
    const boxes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const el = node.parentElement;
      if (!el || !shown(el)) continue;
      const style = getComputedStyle(el);
      if (style.opacity === '0' || el.closest('[aria-hidden="true"], .smp-visually-hidden, option, select')) continue;
      const clip = clipOf(el);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const box = {
          left: Math.max(r.left, clip.left),
          right: Math.min(r.right, clip.right),
          top: Math.max(r.top, clip.top),
          bottom: Math.min(r.bottom, clip.bottom),
          el,
        };
        if (box.right - box.left > 1 && box.bottom - box.top > 1) boxes.push(box);
      }
    }
    boxes.sort((a, b) => a.top - b.top);
    const reported = new Set();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].top < a.bottom; j++) {
        const b = boxes[j];
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (layerOf(a.el) !== layerOf(b.el)) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Line boxes of neighbouring lines may touch by a pixel or two.
        if (w > 2 && h > 3) {
          const line = `${name(a.el)} overlaps ${name(b.el)}`;
          if (!reported.has(line)) problems.push(line);
          reported.add(line);
        }
      }
    }

    // Chips: the text is not cut across, and no chip spills out of its day.
    for (const chip of root.querySelectorAll('[data-entry]')) {
      if (!shown(chip)) continue;
      const day = chip.closest('[role="gridcell"], .smp-week__day');
      if (!day) continue;
      const r = chip.getBoundingClientRect();
      const d = day.getBoundingClientRect();
      if (r.left < d.left - 1 || r.right > d.right + 1 || r.bottom > d.bottom + 1) {
        problems.push(`${name(chip)} spills out of its day`);
      }
      const lineHeight = parseFloat(getComputedStyle(chip).lineHeight) || 12;
      if (chip.clientHeight < lineHeight) problems.push(`${name(chip)} is shorter than a line of its text`);
    }
    return problems;
  });
}

/**
 * The words inside `locator` drawn across two lines (cut in two where no
 * hyphen or space is), as lines naming each; none is `[]`.
 */
export async function brokenWords(locator) {
  return locator.evaluate((root) => {
    const broken = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.getClientRects().length === 0 || el.closest('.smp-visually-hidden')) continue;
      // Words run between spaces and after hyphens, where a line may end.
      for (const match of node.textContent.matchAll(/[^\s\-‐–—]+[\-‐–—]?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`“${match[0]}” in ${el.tagName.toLowerCase()} is cut across ${tops.size} lines`);
      }
    }
    return broken;
  });
}
