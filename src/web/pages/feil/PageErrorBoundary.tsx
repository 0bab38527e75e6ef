import { ErrorContent } from '@/web/pages/feil/ErrorContent';

/** errorElement for pages inside the shell: the header and navigation stay usable. */
export function PageErrorBoundary() {
  return <ErrorContent />;
}
