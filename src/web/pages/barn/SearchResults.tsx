import { Link, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { SearchHit } from '@/web/api/barnTypes';
import { useT } from '@/web/i18n/useT';

/** Hits show name and birth year only; one outside the caseload opens with the purpose form. */
export function SearchResults({ items }: { items: SearchHit[] }) {
  const t = useT();
  return (
    <ul className="search-results__list">
      {items.map((hit) => (
        <li key={hit.id} className="search-results__item">
          <Link asChild>
            <RouterLink to={`/barn/${hit.id}`}>{hit.navn}</RouterLink>
          </Link>
          <span className="subtle">{t('barn.sok.fodt', { ar: String(hit.fodselsar) })}</span>
          {!hit.tilgang && (
            <Tag data-color="warning" data-size="sm">
              {t('barn.sok.kreverFormal')}
            </Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
