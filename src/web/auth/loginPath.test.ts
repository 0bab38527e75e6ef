import { describe, expect, it } from 'vitest';
import { LOGIN_PATH, loginPath, safeNext } from '@/web/auth/loginPath';

describe('safeNext', () => {
  it('keeps same-origin paths with their query string', () => {
    expect(safeNext('/revisjonslogg?side=2')).toBe('/revisjonslogg?side=2');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'revisjonslogg'])(
    'falls back to / for %s',
    (value) => {
      expect(safeNext(value)).toBe('/');
    },
  );

  it('never sends the user back to the login page', () => {
    expect(safeNext(`${LOGIN_PATH}?neste=/x`)).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries where to return and why', () => {
    expect(loginPath({ next: '/revisjonslogg?side=2', reason: 'session_expired' })).toBe(
      '/logg-inn?neste=%2Frevisjonslogg%3Fside%3D2&arsak=utlopt',
    );
    expect(loginPath({ reason: 'logged_out' })).toBe('/logg-inn?arsak=utlogget');
    expect(loginPath()).toBe('/logg-inn');
  });
});
