import { describe, expect, it } from 'vitest';
import { avtaleStatus } from '@/web/pages/fosterhjem/agreementExpiry';

describe('foster-home agreement expiry (local practice: evaluate at the latest 5 months before)', () => {
  const today = '2026-03-15';
  it('an agreement without end date runs on', () => {
    expect(avtaleStatus(null, today)).toBe('lopende');
  });
  it('an end date passed is ended', () => {
    expect(avtaleStatus('2026-03-14', today)).toBe('utlopt');
  });
  it('within five months the evaluation is due', () => {
    expect(avtaleStatus('2026-03-15', today)).toBe('evaluer');
    expect(avtaleStatus('2026-08-15', today)).toBe('evaluer');
  });
  it('further out is fine', () => {
    expect(avtaleStatus('2026-08-16', today)).toBe('ok');
  });
});
