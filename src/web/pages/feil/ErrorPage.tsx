import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useSession } from '@/web/auth/useSession';
import { PlainLayout } from '@/web/components/PlainLayout';
import { ErrorContent } from '@/web/pages/feil/ErrorContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';

/** Router errorElement for the whole app (outside the shell). */
export function ErrorPage() {
  const error = useRouteError();
  const session = useSession();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PlainLayout>
        <NotFoundContent signedIn={session?.status === 'authenticated'} />
      </PlainLayout>
    );
  }
  return (
    <PlainLayout>
      <ErrorContent />
    </PlainLayout>
  );
}
