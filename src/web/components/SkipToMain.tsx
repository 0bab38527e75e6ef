import { SkipLink } from '@digdir/designsystemet-react';
import { MAIN_ID } from '@/web/components/MainLandmark';
import { useT } from '@/web/i18n/useT';

export function SkipToMain() {
  const t = useT();
  return <SkipLink href={`#${MAIN_ID}`}>{t('shell.hoppTilInnhold')}</SkipLink>;
}
