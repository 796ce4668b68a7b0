import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = join(__dirname, '../../../shared/docs/METRICS.md');
const COPY = join(__dirname, '../../docs/METRICS.md');
const hasShared = existsSync(SHARED);
if (!hasShared) console.warn('skipping the metrics contract check: ../shared/docs/METRICS.md not found');

(hasShared ? describe : describe.skip)('docs/METRICS.md (needs ../shared/docs)', () => {
  it('returns the same text as the shared metrics contract, so the copy never drifts', () => {
    expect(readFileSync(COPY, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });
});
