// axe-core on the page as it is now: the rules of WCAG 2.0 to 2.2 at AA, and
// axe's best practices and experimental rules too (among them
// label-content-name-mismatch and empty-table-header).
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];

/** Each violation as one line: the rule, how many, and the first places; none is `[]`. */
export async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
