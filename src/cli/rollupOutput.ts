import type { RollupResult } from '../services/rollup';
import type { ProductFigures } from '../shared/figures';
import { toCsv, toMarkdown } from '../shared/tableText';
import { portfolioTable } from './portfolioTable';
import type { OutputFormat } from './rollupArgs';
import type { BoardCheck } from './verify';

/** A product as the command prints it: every figure, its signals as codes (as the contract lists them) and their reasons beside. */
function jsonProduct(product: ProductFigures): Omit<ProductFigures, 'signals'> & { signals: string[]; signalReasons: Record<string, string> } {
  return {
    ...product,
    signals: product.signals.map((signal) => signal.code),
    signalReasons: Object.fromEntries(product.signals.map((signal) => [signal.code, signal.reason])),
  };
}

/**
 * What the command prints on stdout: one product's object or the portfolio's as JSON (with the
 * verification when there is one), or the products as a CSV or Markdown table.
 */
export function rollupOutput(result: RollupResult, scope: 'project' | 'portfolio', format: OutputFormat, verification: readonly BoardCheck[] | null): string {
  if (format !== 'json') {
    const table = portfolioTable(result.products);
    return format === 'csv' ? toCsv(table.header, table.rows) : toMarkdown(table.header, table.rows);
  }
  const extra = verification === null ? {} : { verification };
  const products = result.products.map(jsonProduct);
  const json = scope === 'project' ? { ...products[0], site: result.site, ...extra } : { site: result.site, products, ...extra };
  return `${JSON.stringify(json)}\n`;
}
