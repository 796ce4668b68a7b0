import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** What the chart and table browser tests read off the page: drawn heights, focus, text edges, axe. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A stacked column's drawn height, which the chart writes on it (`data-height`). */
export async function heightOf(column: Locator): Promise<number> {
  return Number(await column.getAttribute('data-height'));
}

/** Tab from `from` until `target` has the focus; false when it is never reached. */
export async function tabTo(target: Locator, from: Locator, presses = 10): Promise<boolean> {
  await from.click();
  for (let press = 0; press < presses; press += 1) {
    await from.page().keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return true;
  }
  return false;
}

/** Where the text inside an element ends on the right, whatever the boxes around it stretch to. */
export async function textRight(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().right;
  });
}

/** Right edges of the text of a header and of a cell of its column, and the cell's alignment and numerals. */
export async function columnLayout(header: Locator, cell: Locator) {
  const style = await cell.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { textAlign: computed.textAlign, numerals: computed.fontVariantNumeric };
  });
  return { headerRight: await textRight(header), cellRight: await textRight(cell), ...style };
}

/** axe-core's serious and critical violations in the app's frame, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const frame = page.frames().find((candidate) => candidate.url().includes('/frames/'));
  if (frame === undefined) throw new Error(`no app frame on ${page.url()}`);
  await frame.evaluate(AXE_SOURCE);
  const script = `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id + ': ' + violation.nodes.map((node) => String(node.target)).join(' | ')))`;
  return frame.evaluate<string[]>(script);
}
