import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { MeContext } from '@/web/auth/MeContext';
import { useSession } from '@/web/auth/useSession';
import { AppHeader } from '@/web/components/AppHeader';
import { MainLandmark } from '@/web/components/MainLandmark';
import { SkipToMain } from '@/web/components/SkipToMain';

/** Layout for signed-in pages: skip link, header with navigation, and `<main>`. */
export function AppShell({ children }: { children?: ReactNode }) {
  const session = useSession();
  // Between logout (or an expired session) and the login page there is one render without a user.
  if (session?.status !== 'authenticated') return null;

  return (
    <MeContext.Provider value={session.user}>
      <SkipToMain />
      <AppHeader />
      <MainLandmark>{children ?? <Outlet />}</MainLandmark>
    </MeContext.Provider>
  );
}
