import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { MAIN_ID } from '@/web/components/MainLandmark';

/**
 * Outermost route. After a client-side navigation to another page, focus moves to `<main>` so
 * keyboard and screen-reader users start at the new content (filters in the query string do not count).
 * A page that is still loading renders its `<main>` a moment later; focus waits for it (up to 3 s).
 */
export function RootLayout() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const focusMain = () => {
      const main = document.getElementById(MAIN_ID);
      if (main) main.focus();
      else if (tries++ < 60) timer = setTimeout(focusMain, 50);
    };
    focusMain();
    return () => clearTimeout(timer);
  }, [pathname]);

  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
