import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { LocaleProvider } from '@/web/i18n/LocaleProvider';
import type { createAppRouter } from '@/web/router';

interface Props {
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}

/** Providers, outermost first: data → language → routes (so error pages are translated too). */
export function App({ queryClient, router }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
