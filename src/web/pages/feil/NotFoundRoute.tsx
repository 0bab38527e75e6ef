import { useSession } from '@/web/auth/useSession';
import { AppShell } from '@/web/components/AppShell';
import { PlainLayout } from '@/web/components/PlainLayout';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';

/** Unknown address: inside the shell when signed in, on a plain page otherwise. */
export function NotFoundRoute() {
  const session = useSession();
  if (session?.status === 'authenticated') {
    return (
      <AppShell>
        <NotFoundContent signedIn />
      </AppShell>
    );
  }
  return (
    <PlainLayout>
      <NotFoundContent signedIn={false} />
    </PlainLayout>
  );
}
