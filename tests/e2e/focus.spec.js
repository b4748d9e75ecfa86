// Issue 15: focus is always visible at 3:1 contrast or more against what is
// behind it. On each page of the example, in the light theme and the dark,
// every stop the Tab key reaches shows a ring (a box-shadow or an outline)
// whose colour stands at 3:1 or more against the background around the
// control, the colour it is drawn over.
import { test, expect } from '@playwright/test';
import { startFromExample } from './helpers.js';

const PAGES = ['/#/', '/#/strategy', '/#/campaigns', '/#/campaigns/m-winter-classes', '/#/calendar', '/#/calendar?view=week', '/#/measure', '/#/plans'];

/** The focused element's ring against its surroundings, or why there is none. */
function ringOfFocused() {
  const el = document.activeElement;
  // Not a stop: the page, or the content the app puts the focus on when a
  // page opens (tabindex -1, which the Tab key never reaches).
  if (!el || el === document.body || el.tabIndex < 0) return null;
  const rgba = (text) => {
    const m = text.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]) => {
    const c = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  // What the ring is drawn over: the first ancestor with a solid background.
  let behind = [255, 255, 255, 1];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c && c[3] >= 0.99) {
      behind = c;
      break;
    }
  }
  // The control's own ring, or an SVG bar's: its drawn shape's stroke.
  const style = getComputedStyle(el);
  const colours = [];
  if (style.boxShadow && style.boxShadow !== 'none') {
    // Each shadow's colour; the ring is the one furthest out (listed last).
    for (const part of style.boxShadow.split(/,(?![^(]*\))/)) {
      const c = rgba(part);
      if (c && c[3] > 0.5) colours.push(c);
    }
  }
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    const c = rgba(style.outlineColor);
    if (c) colours.push(c);
  }
  const shape = el.querySelector?.(':scope > rect');
  if (shape) {
    const s = getComputedStyle(shape);
    const c = rgba(s.stroke);
    if (c && parseFloat(s.strokeWidth) >= 2) colours.push(c);
  }
  const label = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 30)}”`;
  if (colours.length === 0) return { label, ratio: 0 };
  return { label, ratio: Math.max(...colours.map((c) => contrast(c, behind))) };
}

for (const colorScheme of ['light', 'dark']) {
  test(`every stop of the Tab key shows a ring at 3:1 or more, ${colorScheme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await startFromExample(page);
    const faint = [];
    let seen = 0;
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (let n = 0; n < 45; n += 1) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(ringOfFocused);
        if (!ring) continue;
        seen += 1;
        if (ring.ratio < 3) faint.push(`${path}: ${ring.label} at ${ring.ratio.toFixed(2)}:1 (stop ${n})`);
      }
    }
    // Enough stops were judged for the check to mean something.
    expect(seen).toBeGreaterThan(200);
    expect([...new Set(faint)]).toEqual([]);
  });
}
