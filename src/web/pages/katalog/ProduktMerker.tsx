import { Tag } from '@digdir/designsystemet-react';
import type { Produkt, Ramme } from '@/web/api/katalogTypes';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';

/** Gold or silver, the recommendation and the resource use, as text (never colour alone). */
export function ProduktMerker({ produkt, ramme }: { produkt: Produkt; ramme: Ramme }) {
  const t = useT();
  const l = useKatalogLabels();
  const anbefaling = ramme.anbefalinger[String(produkt.anbefaling)];
  const ressurs = produkt.ressurs ? ramme.ressurser[produkt.ressurs] : null;
  return (
    <div className="tag-row katalog-merker">
      <Tag
        data-color={produkt.status === 'gull' ? 'warning' : 'neutral'}
        data-size="sm"
        className={`katalog-mynt katalog-mynt--${produkt.status}`}
      >
        <span aria-hidden="true" className="katalog-mynt__symbol">
          {produkt.status === 'gull' ? '★' : '☆'}
        </span>{' '}
        {l.tekst(ramme.status[produkt.status].navn)}
      </Tag>
      <Tag data-color="info" data-size="sm">
        {t('katalog.anbefaling.kort', { nummer: produkt.anbefaling })}
        {anbefaling ? `: ${l.tekst(anbefaling.kort)}` : ''}
      </Tag>
      <Tag data-color="neutral" data-size="sm">
        {t('katalog.ressurs.kort', { tekst: ressurs ? l.tekst(ressurs.navn) : t('katalog.ressurs.ukjent') })}
      </Tag>
      {produkt.adopsjon && (
        <Tag data-color={produkt.adopsjon.status === 'adoptert' ? 'success' : 'neutral'} data-size="sm">
          {l.adopsjon(produkt.adopsjon.status)}
        </Tag>
      )}
      {produkt.nytt && (
        <Tag data-color="info" data-size="sm">
          {t('katalog.nytt')}
        </Tag>
      )}
    </div>
  );
}
