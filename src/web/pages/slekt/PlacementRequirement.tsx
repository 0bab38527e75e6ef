import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { listNetworkSearches } from '@/web/api/listNetworkSearches';
import { slektKeys } from '@/web/api/slektTypes';
import { useT } from '@/web/i18n/useT';

interface Props {
  barnId: string;
  plasseringstype: string;
  hjemmel: string;
}

/**
 * In the placement form, before the user submits: an ordinary (neutral) home needs a concluded
 * search in family and network when the service requires it (the API refuses it otherwise, with
 * the same message on the field); an urgent move to kin points to the temporary checklist.
 */
export function PlacementRequirement({ barnId, plasseringstype, hjemmel }: Props) {
  const t = useT();
  const searches = useQuery({
    queryKey: slektKeys.networkSearches(barnId),
    queryFn: () => listNetworkSearches(barnId),
  });
  const link = (
    <Link asChild>
      <RouterLink to={`/barn/${barnId}/fosterhjem#slekt-nettverk`}>{t('plassering.slekt.lenke')}</RouterLink>
    </Link>
  );
  if (plasseringstype === 'ordinaer' && searches.data?.kreverNettverkssok) {
    const concluded = searches.data.items.some((s) => s.utfall);
    if (concluded) {
      return (
        <Paragraph data-size="sm" role="status">
          {t('plassering.slekt.dokumentert')}
        </Paragraph>
      );
    }
    return (
      <Alert data-color="warning" data-size="sm">
        <Paragraph data-size="sm">{t('plassering.slekt.kreves')}</Paragraph>
        <Paragraph data-size="sm">{link}</Paragraph>
      </Alert>
    );
  }
  if (plasseringstype === 'slekt_nettverk' && hjemmel === 'akutt') {
    return (
      <Alert data-color="info" data-size="sm">
        <Paragraph data-size="sm">{t('plassering.slekt.akutt')}</Paragraph>
      </Alert>
    );
  }
  return null;
}
