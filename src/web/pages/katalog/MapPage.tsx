import { Button, Card, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { KatalogQuery, Oy, Produkt, ProduktStatus, Ramme, Ressurs } from '@/web/api/katalogTypes';
import { listCatalogue } from '@/web/api/listCatalogue';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { IslandMap } from '@/web/pages/katalog/IslandMap';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';
import { ProduktMerker } from '@/web/pages/katalog/ProduktMerker';
import '@/web/pages/katalog/katalog.css';

const OYER: Oy[] = [
  'barnets_behov',
  'oppfolging_barnet',
  'oppfolging_foreldre',
  'oppfolging_fosterfamilien',
  'samvaer',
  'tilbakeforing',
  'samarbeid',
  'rekruttering',
];

function lesFilter(params: URLSearchParams): KatalogQuery {
  const oy = params.get('oy');
  const status = params.get('status');
  const anbefaling = Number(params.get('anbefaling'));
  const ressurs = params.get('ressurs');
  return {
    ...(oy && (OYER as string[]).includes(oy) ? { oy: oy as Oy } : {}),
    ...(status === 'gull' || status === 'solv' ? { status: status as ProduktStatus } : {}),
    ...(anbefaling >= 1 && anbefaling <= 4 ? { anbefaling } : {}),
    ...(ressurs && ['liten', 'moderat', 'hoy', 'ukjent'].includes(ressurs)
      ? { ressurs: ressurs as Ressurs | 'ukjent' }
      : {}),
  };
}

/**
 * `/skattekart` — the treasure map: the eight islands with their products, and the same products
 * as a list, filtered by island, status, recommendation and resource use (kept in the URL).
 */
export function MapPage() {
  const t = useT();
  const l = useKatalogLabels();
  const me = useMe();
  usePageTitle(t('katalog.tittel'));
  const [params, setParams] = useSearchParams();
  const filter = lesFilter(params);
  // The map always shows every island's products; the list shows what the filters leave.
  const alle = useQuery({ queryKey: queryKeys.catalogueList({}), queryFn: () => listCatalogue() });
  const filtrert = useQuery({
    queryKey: queryKeys.catalogueList(filter),
    queryFn: () => listCatalogue(filter),
  });

  const sett = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const ramme = alle.data?.ramme;
  const filtre = Object.keys(filter).length > 0;

  return (
    <div className="page katalog">
      <Heading level={1} data-size="lg">
        {t('katalog.tittel')}
      </Heading>
      <Paragraph className="page__lead">{t('katalog.ingress')}</Paragraph>
      {harTillatelse(me, Tillatelse.katalogNetwork) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/skattekart/nettverk">{t('katalog.nettverk.lenke')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {harTillatelse(me, Tillatelse.katalogEdit) && (
        <Paragraph>
          <Button asChild variant="secondary">
            <RouterLink to="/skattekart/nytt-produkt">{t('katalog.nytt.knapp')}</RouterLink>
          </Button>
        </Paragraph>
      )}
      {alle.isPending && <PageSpinner />}
      {alle.isError && <QueryErrorAlert error={alle.error} onRetry={() => alle.refetch()} />}
      {ramme && alle.data && (
        <>
          <section aria-labelledby="katalog-kart-tittel" className="katalog__kart">
            <Heading level={2} data-size="sm" id="katalog-kart-tittel">
              {t('katalog.kart.tittel')}
            </Heading>
            <Paragraph data-size="sm" className="subtle">
              {t('katalog.kart.hjelp')}
            </Paragraph>
            <IslandMap
              ramme={ramme}
              produkter={alle.data.items}
              valgt={filter.oy ?? null}
              onVelg={(oy) => sett('oy', oy)}
            />
            <Forklaring ramme={ramme} />
          </section>
          <section aria-labelledby="katalog-filter-tittel" className="katalog__filter">
            <Heading level={2} data-size="sm" id="katalog-filter-tittel">
              {t('katalog.filter.tittel')}
            </Heading>
            <div className="katalog__filterrad">
              <Field>
                <Label htmlFor="katalog-filter-oy">{t('katalog.filter.oy')}</Label>
                <Select
                  id="katalog-filter-oy"
                  value={filter.oy ?? ''}
                  onChange={(e) => sett('oy', e.target.value || null)}
                >
                  <Select.Option value="">{t('katalog.filter.alle')}</Select.Option>
                  {ramme.oyer.map((o) => (
                    <Select.Option key={o.id} value={o.id}>
                      {`${o.nummer}. ${l.tekst(o.navn)}`}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor="katalog-filter-status">{t('katalog.filter.status')}</Label>
                <Select
                  id="katalog-filter-status"
                  value={filter.status ?? ''}
                  onChange={(e) => sett('status', e.target.value || null)}
                >
                  <Select.Option value="">{t('katalog.filter.alle')}</Select.Option>
                  <Select.Option value="gull">{l.tekst(ramme.status.gull.navn)}</Select.Option>
                  <Select.Option value="solv">{l.tekst(ramme.status.solv.navn)}</Select.Option>
                </Select>
              </Field>
              <Field>
                <Label htmlFor="katalog-filter-anbefaling">{t('katalog.filter.anbefaling')}</Label>
                <Select
                  id="katalog-filter-anbefaling"
                  value={filter.anbefaling ? String(filter.anbefaling) : ''}
                  onChange={(e) => sett('anbefaling', e.target.value || null)}
                >
                  <Select.Option value="">{t('katalog.filter.alle')}</Select.Option>
                  {['1', '2', '3', '4'].map((n) => (
                    <Select.Option key={n} value={n}>
                      {`${n}: ${l.tekst(ramme.anbefalinger[n]?.kort)}`}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label htmlFor="katalog-filter-ressurs">{t('katalog.filter.ressurs')}</Label>
                <Select
                  id="katalog-filter-ressurs"
                  value={filter.ressurs ?? ''}
                  onChange={(e) => sett('ressurs', e.target.value || null)}
                >
                  <Select.Option value="">{t('katalog.filter.alle')}</Select.Option>
                  {(['liten', 'moderat', 'hoy'] as const).map((r) => (
                    <Select.Option key={r} value={r}>
                      {l.tekst(ramme.ressurser[r]?.navn)}
                    </Select.Option>
                  ))}
                  <Select.Option value="ukjent">{t('katalog.ressurs.ukjent')}</Select.Option>
                </Select>
              </Field>
            </div>
            {filtre && (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setParams(new URLSearchParams(), { replace: true })}
              >
                {t('katalog.filter.nullstill')}
              </Button>
            )}
          </section>
          <section aria-labelledby="katalog-liste-tittel" className="katalog__liste">
            <Heading level={2} data-size="md" id="katalog-liste-tittel">
              {t('katalog.liste.tittel')}
            </Heading>
            <div aria-live="polite" role="status" className="subtle">
              {filtrert.data && t('katalog.liste.antall', { antall: filtrert.data.items.length })}
            </div>
            {filtrert.isError && (
              <QueryErrorAlert error={filtrert.error} onRetry={() => filtrert.refetch()} />
            )}
            {filtrert.data && <ProduktListe ramme={ramme} produkter={filtrert.data.items} />}
          </section>
        </>
      )}
    </div>
  );
}

function Forklaring({ ramme }: { ramme: Ramme }) {
  const t = useT();
  const l = useKatalogLabels();
  return (
    <details className="katalog__forklaring">
      <summary>{t('katalog.forklaring.tittel')}</summary>
      <dl>
        <dt>★ {l.tekst(ramme.status.gull.navn)}</dt>
        <dd>{l.tekst(ramme.status.gull.betydning)}</dd>
        <dt>☆ {l.tekst(ramme.status.solv.navn)}</dt>
        <dd>{l.tekst(ramme.status.solv.betydning)}</dd>
        {Object.entries(ramme.anbefalinger).map(([n, a]) => (
          <div key={n}>
            <dt>{t('katalog.anbefaling.kort', { nummer: Number(n) })}</dt>
            <dd>{l.tekst(a.betydning)}</dd>
          </div>
        ))}
        {Object.entries(ramme.ressurser).map(([r, a]) => (
          <div key={r}>
            <dt>{t('katalog.ressurs.kort', { tekst: l.tekst(a.navn) })}</dt>
            <dd>{l.tekst(a.betydning)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function ProduktListe({ ramme, produkter }: { ramme: Ramme; produkter: Produkt[] }) {
  const t = useT();
  const l = useKatalogLabels();
  if (produkter.length === 0) return <Paragraph>{t('katalog.liste.ingen')}</Paragraph>;
  return (
    <>
      {ramme.oyer.map((o) => {
        const mine = produkter.filter((p) => p.oy === o.id);
        if (mine.length === 0) return null;
        return (
          <section key={o.id} aria-labelledby={`oy-${o.id}`} className="katalog__oy">
            <Heading level={3} data-size="sm" id={`oy-${o.id}`}>
              {t('katalog.oy.tittel', { nummer: o.nummer, navn: l.tekst(o.navn) })}
            </Heading>
            <ul className="katalog__produkter">
              {mine.map((p) => (
                <li key={p.id}>
                  <Card data-color="neutral" className={`katalog-kort katalog-kort--${p.status}`}>
                    <Heading level={4} data-size="xs">
                      <Link asChild>
                        <RouterLink to={`/skattekart/${p.id}`}>{l.tekst(p.tittel)}</RouterLink>
                      </Link>
                    </Heading>
                    <ProduktMerker produkt={p} ramme={ramme} />
                    <Paragraph data-size="sm">
                      {p.prosjekter
                        .map((id) => ramme.prosjekter.find((x) => x.id === id))
                        .filter((x) => x !== undefined)
                        .map((x) => `${x.nummer} ${x.navn}`)
                        .join(' · ')}
                    </Paragraph>
                    {p.adopsjon?.status === 'adoptert' && p.adopsjon.fremdrift.totalt > 0 && (
                      <Paragraph data-size="sm" className="subtle">
                        {t('katalog.plan.fremdrift', {
                          antall: p.adopsjon.fremdrift.fullfort,
                          total: p.adopsjon.fremdrift.totalt,
                        })}
                      </Paragraph>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
