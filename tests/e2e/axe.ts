import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core over the whole page, with WCAG 2.2's target-size rule (24×24 px) switched on as well
 * (axe leaves it off by default). Fails with the rule ids and elements at fault.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  expect(results.passes.length).toBeGreaterThan(5); // axe really ran over the page
  // Each violation with axe's own words on why, so a failure in CI can be read without a rerun.
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ')})`).join(', ')}`)).toEqual([]);
}
