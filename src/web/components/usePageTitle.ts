import { useEffect } from 'react';
import { useT } from '@/web/i18n/useT';

/** Sets `document.title` to "<page> – Landsby" (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.dokumenttittel', { side: title });
  }, [t, title]);
}
