import { describe, expect, it } from 'vitest';
import { kanEndre, tilknytning } from '@/modules/barn/barn.policy';

const sak = { kontaktpersonIds: ['kp'], teamIds: ['team-a'] };

describe('who reaches a child', () => {
  it('the contact person reaches their own child', () => {
    expect(tilknytning({ userId: 'kp', rolle: 'kontaktperson', teamId: 'team-a' }, sak, false)).toBe('egen');
  });

  it('another contact person in the same team does not, without a purpose', () => {
    expect(tilknytning({ userId: 'x', rolle: 'kontaktperson', teamId: 'team-a' }, sak, false)).toBeNull();
    expect(tilknytning({ userId: 'x', rolle: 'kontaktperson', teamId: 'team-a' }, sak, true)).toBe('formal');
  });

  it("the team leader reaches the team's children, not other teams'", () => {
    expect(tilknytning({ userId: 'tl', rolle: 'teamleder', teamId: 'team-a' }, sak, false)).toBe('team');
    expect(tilknytning({ userId: 'tl', rolle: 'teamleder', teamId: 'team-b' }, sak, false)).toBeNull();
  });

  it('the head of service reaches every child in the service', () => {
    expect(tilknytning({ userId: 'l', rolle: 'leder', teamId: null }, sak, false)).toBe('tjeneste');
  });

  it('a purpose gives reading, not changing', () => {
    expect(kanEndre('formal')).toBe(false);
    expect(kanEndre('egen')).toBe(true);
  });
});
