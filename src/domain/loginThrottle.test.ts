import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '@/domain/loginThrottle';

describe('LoginThrottle', () => {
  it('locks a key after too many failures inside the window, and opens it again after', () => {
    let now = 0;
    const t = new LoginThrottle({ maxFailures: 3, windowMs: 1000 }, () => now);
    t.recordFailure('x');
    t.recordFailure('x');
    expect(t.retryAfterMs('x')).toBe(0);
    now = 100;
    t.recordFailure('x');
    expect(t.retryAfterMs('x')).toBe(900);
    expect(t.retryAfterMs('y')).toBe(0);
    now = 1001;
    expect(t.retryAfterMs('x')).toBe(0);
  });

  it('forgets failures after a successful sign-in', () => {
    const t = new LoginThrottle({ maxFailures: 1, windowMs: 1000 }, () => 0);
    t.recordFailure('x');
    expect(t.retryAfterMs('x')).toBeGreaterThan(0);
    t.reset('x');
    expect(t.retryAfterMs('x')).toBe(0);
  });
});
