import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useMediaQuery } from '@/web/components/useMediaQuery';
import { useT } from '@/web/i18n/useT';

interface Props {
  side: number;
  antallSider: number;
  onChange: (side: number) => void;
}

/** Designsystemet pagination driven by `usePagination`; the page lives in the URL. */
export function AuditPagination({ side, antallSider, onChange }: Props) {
  const t = useT();
  // On small screens: fewer page buttons and arrow-only previous/next, so it fits on one line at 320 px.
  const narrow = useMediaQuery('(max-width: 30rem)');
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: side,
    totalPages: antallSider,
    showPages: narrow ? 3 : 7,
    onChange: (_event, page) => onChange(page),
  });

  return (
    <Pagination
      aria-label={t('paginering.etikett')}
      className="audit-pagination"
      data-size={narrow ? 'sm' : 'md'}
    >
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} variant="tertiary" aria-label={t('paginering.forrigeSide')}>
            <span className="audit-pagination__text">{t('paginering.forrige')}</span>
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof page === 'number' && (
              <Pagination.Button
                {...buttonProps}
                variant="tertiary"
                aria-label={t('paginering.side', { side: page })}
              >
                {page}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} variant="tertiary" aria-label={t('paginering.nesteSide')}>
            <span className="audit-pagination__text">{t('paginering.neste')}</span>
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
