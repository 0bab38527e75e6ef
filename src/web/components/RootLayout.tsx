import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { MAIN_ID } from '@/web/components/MainLandmark';

/**
 * Outermost route. After a client-side navigation to another page, focus moves to `<main>` so
 * keyboard and screen-reader users start at the new content (filters in the query string do not count).
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_ID)?.focus();
  }, [pathname]);

  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
