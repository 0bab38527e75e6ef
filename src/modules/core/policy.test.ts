import { describe, expect, it } from 'vitest';
import { authorize, can, permissionsFor, ROLLER } from '@/modules/core/policy';

describe('core policy', () => {
  it('lets only the head of service and the administrator read the audit log', () => {
    const readers = ROLLER.filter((rolle) => can({ rolle }, 'audit:read'));
    expect(readers).toEqual(['leder', 'admin']);
  });

  it('lets every role see its own service', () => {
    for (const rolle of ROLLER) expect(permissionsFor(rolle)).toContain('tjeneste:read');
  });

  it('throws a 403 problem when the permission is missing', () => {
    expect(() => authorize({ rolle: 'kontaktperson' }, 'audit:read')).toThrowError(
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    );
  });
});
