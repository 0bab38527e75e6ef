import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { getCatalogueProduct } from '@/web/api/getCatalogueProduct';
import type { ProduktDetalj } from '@/web/api/katalogTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { AdoptionPanel } from '@/web/pages/katalog/AdoptionPanel';
import { ChangeHistory } from '@/web/pages/katalog/ChangeHistory';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';
import { ProduktMerker } from '@/web/pages/katalog/ProduktMerker';
import '@/web/pages/katalog/katalog.css';

/**
 * `/skattekart/:productId` — one product: what it is, the working group's assessment, what it
 * takes, the contact, what it switches on in Landsby, the service's adoption and plan, its use,
 * and the network's changes (with the coordinator's form).
 */
export function ProductPage() {
  const t = useT();
  const { productId = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.catalogueProduct(productId),
    queryFn: () => getCatalogueProduct(productId),
  });
  const l = useKatalogLabels();
  usePageTitle(query.data ? l.tekst(query.data.produkt.tittel) : t('katalog.tittel'));

  return (
    <div className="page katalog">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/skattekart">{t('katalog.tilKartet')}</RouterLink>
        </Link>
      </Paragraph>
      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.data && <Produktside detalj={query.data} />}
    </div>
  );
}

function Produktside({ detalj }: { detalj: ProduktDetalj }) {
  const t = useT();
  const l = useKatalogLabels();
  const me = useMe();
  const { produkt, ramme, bruk } = detalj;
  const oy = ramme.oyer.find((o) => o.id === produkt.oy);
  const anbefaling = ramme.anbefalinger[String(produkt.anbefaling)];
  const ressurs = produkt.ressurs ? ramme.ressurser[produkt.ressurs] : null;
  const prosjekter = produkt.prosjekter
    .map((id) => ramme.prosjekter.find((p) => p.id === id))
    .filter((p) => p !== undefined);
  const slarPa = produkt.maler.length + produkt.programmer.length + produkt.regler.length > 0;

  return (
    <>
      <Heading level={1} data-size="lg">
        {l.tekst(produkt.tittel)}
      </Heading>
      {oy && (
        <Paragraph className="subtle">
          {t('katalog.oy.tittel', { nummer: oy.nummer, navn: l.tekst(oy.navn) })}
        </Paragraph>
      )}
      <ProduktMerker produkt={produkt} ramme={ramme} />
      <div className="katalog-produkt">
        <div className="katalog-produkt__hoved">
          <section aria-labelledby="katalog-hva" className="katalog-seksjon">
            <Heading level={2} data-size="sm" id="katalog-hva">
              {t('katalog.produkt.hva')}
            </Heading>
            <Paragraph>{l.tekst(produkt.beskrivelse)}</Paragraph>
          </section>
          <section aria-labelledby="katalog-vurdering" className="katalog-seksjon">
            <Heading level={2} data-size="sm" id="katalog-vurdering">
              {t('katalog.produkt.vurdering')}
            </Heading>
            <Paragraph>{l.tekst(produkt.vurdering)}</Paragraph>
            {anbefaling && (
              <Paragraph data-size="sm">
                <strong>{t('katalog.anbefaling.kort', { nummer: produkt.anbefaling })}:</strong>{' '}
                {l.tekst(anbefaling.betydning)}
              </Paragraph>
            )}
          </section>
          <section aria-labelledby="katalog-krever" className="katalog-seksjon">
            <Heading level={2} data-size="sm" id="katalog-krever">
              {t('katalog.produkt.krever')}
            </Heading>
            <Paragraph>
              {ressurs
                ? `${t('katalog.ressurs.kort', { tekst: l.tekst(ressurs.navn) })}. ${l.tekst(ressurs.betydning)}`
                : t('katalog.ressurs.ikkeVurdert')}
            </Paragraph>
            {produkt.ressursMerknad && (
              <Paragraph data-size="sm">{l.tekst(produkt.ressursMerknad)}</Paragraph>
            )}
          </section>
          <section aria-labelledby="katalog-slarpa" className="katalog-seksjon">
            <Heading level={2} data-size="sm" id="katalog-slarpa">
              {t('katalog.produkt.slarPa')}
            </Heading>
            {slarPa ? (
              <ul>
                {produkt.maler.map((m) => (
                  <li key={m.id}>
                    <Link asChild>
                      <RouterLink to={`/maler/${m.id}`}>
                        {t('katalog.produkt.mal', { tittel: l.tekst(m.tittel) })}
                      </RouterLink>
                    </Link>
                  </li>
                ))}
                {produkt.programmer.map((p) => (
                  <li key={p}>{t('katalog.produkt.program', { navn: l.program(p) })}</li>
                ))}
                {produkt.regler.map((r) => (
                  <li key={r}>{t('katalog.produkt.regel', { navn: l.regel(r) })}</li>
                ))}
              </ul>
            ) : (
              <Paragraph>{t('katalog.produkt.slarIkkePa')}</Paragraph>
            )}
            {produkt.iLandsby && (
              <Paragraph data-size="sm">
                {t('katalog.produkt.iLandsby')} {l.tekst(produkt.iLandsby)}
              </Paragraph>
            )}
          </section>
          <AdoptionPanel detalj={detalj} />
          {bruk && (
            <section aria-labelledby="katalog-bruk" className="katalog-seksjon">
              <Heading level={2} data-size="sm" id="katalog-bruk">
                {t('katalog.bruk.tittel')}
              </Heading>
              <dl className="katalog-tall">
                {produkt.maler.length > 0 && (
                  <>
                    <div>
                      <dt>{t('katalog.bruk.dokumenter')}</dt>
                      <dd>{bruk.dokumenter}</dd>
                    </div>
                    <div>
                      <dt>{t('katalog.bruk.ferdige')}</dt>
                      <dd>{bruk.ferdigeDokumenter}</dd>
                    </div>
                    <div>
                      <dt>{t('katalog.bruk.siden')}</dt>
                      <dd>{bruk.dokumenterSidenAdopsjon}</dd>
                    </div>
                  </>
                )}
                {produkt.programmer.length > 0 && (
                  <>
                    <div>
                      <dt>{t('katalog.bruk.forlop')}</dt>
                      <dd>{bruk.forlop}</dd>
                    </div>
                    <div>
                      <dt>{t('katalog.bruk.okter')}</dt>
                      <dd>{bruk.okterGjennomfort}</dd>
                    </div>
                  </>
                )}
              </dl>
              {produkt.maler.length + produkt.programmer.length === 0 && (
                <Paragraph data-size="sm">{t('katalog.bruk.ingenTall')}</Paragraph>
              )}
            </section>
          )}
        </div>
        <aside className="katalog-produkt__side" aria-labelledby="katalog-fakta">
          <Heading level={2} data-size="xs" id="katalog-fakta">
            {t('katalog.produkt.fakta')}
          </Heading>
          <dl className="katalog-fakta">
            <dt>{t('katalog.produkt.prosjekt')}</dt>
            {prosjekter.map((p) => (
              <dd key={p.id}>
                {`${p.nummer} ${p.navn}`}
                <br />
                <span className="subtle">{p.kommuner.join(', ')}</span>
              </dd>
            ))}
            <dt>{t('katalog.produkt.kontakt')}</dt>
            {produkt.kontakt.map((k) => (
              <dd key={`${k.navn}-${k.organisasjon}`}>
                {k.navn}
                <br />
                <span className="subtle">{k.organisasjon}</span>
              </dd>
            ))}
            <dt>{t('katalog.produkt.kilde')}</dt>
            <dd>{produkt.kilde}</dd>
          </dl>
        </aside>
      </div>
      <ChangeHistory detalj={detalj} kanEndre={harTillatelse(me, Tillatelse.katalogEdit)} />
    </>
  );
}
