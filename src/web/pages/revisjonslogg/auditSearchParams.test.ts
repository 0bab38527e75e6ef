import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  PER_SIDE,
  parseAuditParams,
  toQuery,
  toSearchParams,
} from '@/web/pages/revisjonslogg/auditSearchParams';

const UUID = '58f75c83-d640-4127-acea-a1c92c91e14b';

describe('audit log filters in the URL', () => {
  it('round-trips filters and page', () => {
    const filters = { fra: '2026-01-01', til: '2026-01-31', handling: 'auth.login', aktorId: UUID };
    const params = toSearchParams(filters, 3);
    expect(params.toString()).toBe(
      `fra=2026-01-01&til=2026-01-31&handling=auth.login&aktorId=${UUID}&side=3`,
    );
    expect(parseAuditParams(params)).toEqual({ filters, side: 3 });
  });

  it('drops values a hand-edited URL got wrong instead of sending them to the server', () => {
    const parsed = parseAuditParams(
      new URLSearchParams('fra=1.1.2026&aktorId=abc&handling=DROP TABLE&side=-4'),
    );
    expect(parsed).toEqual({ filters: EMPTY_FILTERS, side: 1 });
  });

  it('leaves page 1 and empty filters out of the URL and the API query', () => {
    expect(toSearchParams(EMPTY_FILTERS, 1).toString()).toBe('');
    expect(toQuery(EMPTY_FILTERS, 1)).toEqual({
      fra: undefined,
      til: undefined,
      handling: undefined,
      aktorId: undefined,
      side: 1,
      perSide: PER_SIDE,
    });
  });
});
