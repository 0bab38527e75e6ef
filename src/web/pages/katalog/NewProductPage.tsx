import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import { changeCatalogue } from '@/web/api/changeCatalogue';
import type { Tekst } from '@/web/api/dokumentTypes';
import { getCatalogueNetwork } from '@/web/api/getCatalogueNetwork';
import type { Oy, Produkt, ProduktStatus, Ramme, Ressurs } from '@/web/api/katalogTypes';
import { listCatalogue } from '@/web/api/listCatalogue';
import { queryKeys } from '@/web/api/queryKeys';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';
import '@/web/pages/katalog/katalog.css';

/** The product id the API accepts: lower-case letters, digits and underscores, 3–60 of them. */
const ID = /^[a-z0-9_]{3,60}$/;

/** A suggested id from the product's name: "Samvær på nett" → "samvaer_pa_nett". */
export function forslagTilId(navn: string): string {
  return navn
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
}

type Values = {
  samarbeidId: string;
  productId: string;
  endring: {
    oy: string;
    status: string;
    anbefaling: string;
    ressurs: string;
    tittel: Tekst;
    beskrivelse: Tekst;
    vurdering: Tekst;
    kontakt: { navn: string; organisasjon: string }[];
    prosjekter: string[];
  };
  begrunnelse: string;
};

/** Form field name → input id, in the order the fields appear (also the server's field paths). */
const IDS: [string, string][] = [
  ['samarbeidId', 'nytt-samarbeid'],
  ['endring.tittel.nb', 'nytt-tittel-nb'],
  ['endring.tittel.nn', 'nytt-tittel-nn'],
  ['productId', 'nytt-id'],
  ['endring.oy', 'nytt-oy'],
  ['endring.status', 'nytt-status'],
  ['endring.anbefaling', 'nytt-anbefaling'],
  ['endring.ressurs', 'nytt-ressurs'],
  ['endring.beskrivelse.nb', 'nytt-beskrivelse-nb'],
  ['endring.beskrivelse.nn', 'nytt-beskrivelse-nn'],
  ['endring.vurdering.nb', 'nytt-vurdering-nb'],
  ['endring.vurdering.nn', 'nytt-vurdering-nn'],
  ['endring.prosjekter', 'nytt-prosjekter'],
  ['endring.kontakt.0.navn', 'nytt-kontakt-navn'],
  ['endring.kontakt.0.organisasjon', 'nytt-kontakt-organisasjon'],
  ['begrunnelse', 'nytt-begrunnelse'],
];
const NAMES = IDS.map(([name]) => name);

/**
 * `/skattekart/nytt-produkt` (katalog:edit) — the network coordinator adds a product to the
 * treasure map for one of their collaborations, with every field a product has and a reason.
 */
export function NewProductPage() {
  const t = useT();
  usePageTitle(t('katalog.nytt.overskrift'));
  const katalog = useQuery({ queryKey: queryKeys.catalogueList({}), queryFn: () => listCatalogue() });
  const nettverk = useQuery({ queryKey: queryKeys.catalogueNetwork, queryFn: getCatalogueNetwork });

  return (
    <div className="page katalog">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/skattekart">{t('katalog.tilKartet')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('katalog.nytt.overskrift')}
      </Heading>
      <Paragraph className="page__lead">{t('katalog.nytt.ingress')}</Paragraph>
      {(katalog.isPending || nettverk.isPending) && <PageSpinner />}
      {katalog.isError && <QueryErrorAlert error={katalog.error} onRetry={() => katalog.refetch()} />}
      {nettverk.isError && <QueryErrorAlert error={nettverk.error} onRetry={() => nettverk.refetch()} />}
      {katalog.data && nettverk.data && (
        <NewProductForm
          ramme={katalog.data.ramme}
          produkter={katalog.data.items}
          samarbeid={nettverk.data.samarbeid.map((s) => ({ id: s.id, navn: s.navn }))}
        />
      )}
    </div>
  );
}

function NewProductForm({
  ramme,
  produkter,
  samarbeid,
}: {
  ramme: Ramme;
  produkter: Produkt[];
  samarbeid: { id: string; navn: string }[];
}) {
  const t = useT();
  const l = useKatalogLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      samarbeidId: samarbeid.length === 1 ? (samarbeid[0]?.id ?? '') : '',
      productId: '',
      endring: {
        oy: '',
        status: 'solv',
        anbefaling: '',
        ressurs: '',
        tittel: { nb: '', nn: '' },
        beskrivelse: { nb: '', nn: '' },
        vurdering: { nb: '', nn: '' },
        kontakt: [{ navn: '', organisasjon: '' }],
        prosjekter: [],
      },
      begrunnelse: '',
    },
    shouldFocusError: false,
  });
  const feedback = useFormFeedback(setError, NAMES);
  const krav = (v: string) => v.trim() !== '' || t('katalog.endring.mangler');
  const velg = (v: string) => v !== '' || t('katalog.nytt.velg');

  const onValid = async (v: Values) => {
    feedback.reset();
    const e = v.endring;
    try {
      await changeCatalogue(v.productId, {
        ...(v.samarbeidId ? { samarbeidId: v.samarbeidId } : {}),
        endring: {
          oy: e.oy as Oy,
          status: e.status as ProduktStatus,
          anbefaling: Number(e.anbefaling),
          ressurs: (e.ressurs || null) as Ressurs | null,
          tittel: e.tittel,
          beskrivelse: e.beskrivelse,
          vurdering: e.vurdering,
          kontakt: e.kontakt,
          prosjekter: e.prosjekter,
        },
        begrunnelse: v.begrunnelse,
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.catalogue });
      navigate(`/skattekart/${v.productId}`);
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const tekstfelt = (felt: 'tittel' | 'beskrivelse' | 'vurdering', sprak: 'nb' | 'nn') => {
    const name = `endring.${felt}.${sprak}` as const;
    return (
      <Textfield
        id={`nytt-${felt}-${sprak}`}
        label={t(`katalog.nytt.${felt}.${sprak}`)}
        multiline={felt !== 'tittel'}
        rows={felt === 'tittel' ? undefined : 4}
        error={fieldError(errors, name)}
        {...register(name, {
          validate: krav,
          ...(felt === 'tittel' && sprak === 'nb'
            ? {
                onBlur: () => {
                  if (!getValues('productId')) setValue('productId', forslagTilId(getValues(name)));
                },
              }
            : {}),
        })}
      />
    );
  };

  const velgFelt = (
    name: 'samarbeidId' | 'endring.oy' | 'endring.anbefaling',
    id: string,
    label: string,
    valg: { value: string; label: string }[],
  ) => (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        aria-invalid={fieldError(errors, name) ? true : undefined}
        {...register(name, { validate: velg })}
      >
        <Select.Option value="">{t('felles.velg')}</Select.Option>
        {valg.map((v) => (
          <Select.Option key={v.value} value={v.value}>
            {v.label}
          </Select.Option>
        ))}
      </Select>
      {fieldError(errors, name) && <ValidationMessage>{fieldError(errors, name)}</ValidationMessage>}
    </Field>
  );

  const prosjektFeil = fieldError(errors, 'endring.prosjekter');

  return (
    <form className="katalog-endring" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Paragraph data-size="sm">{t('katalog.endring.hjelp')}</Paragraph>
      <FormFeedback errors={errors} fieldIds={IDS} message={feedback.message} attempt={feedback.attempt} />
      {samarbeid.length > 1 &&
        velgFelt(
          'samarbeidId',
          'nytt-samarbeid',
          t('katalog.endring.samarbeid'),
          samarbeid.map((s) => ({ value: s.id, label: s.navn })),
        )}
      {tekstfelt('tittel', 'nb')}
      {tekstfelt('tittel', 'nn')}
      <Textfield
        id="nytt-id"
        label={t('katalog.nytt.id')}
        description={t('katalog.nytt.idHjelp')}
        autoComplete="off"
        spellCheck={false}
        error={fieldError(errors, 'productId')}
        {...register('productId', {
          validate: (v) => {
            if (!ID.test(v)) return t('katalog.nytt.idUgyldig');
            if (produkter.some((p) => p.id === v)) return t('katalog.nytt.idFinnes');
            return true;
          },
        })}
      />
      <div className="katalog__filterrad">
        {velgFelt(
          'endring.oy',
          'nytt-oy',
          t('katalog.felt.oy'),
          ramme.oyer.map((o) => ({ value: o.id, label: `${o.nummer}. ${l.tekst(o.navn)}` })),
        )}
        <Field>
          <Label htmlFor="nytt-status">{t('katalog.felt.status')}</Label>
          <Select id="nytt-status" {...register('endring.status')}>
            <Select.Option value="gull">{l.tekst(ramme.status.gull.navn)}</Select.Option>
            <Select.Option value="solv">{l.tekst(ramme.status.solv.navn)}</Select.Option>
          </Select>
        </Field>
        {velgFelt(
          'endring.anbefaling',
          'nytt-anbefaling',
          t('katalog.felt.anbefaling'),
          ['1', '2', '3', '4'].map((n) => ({
            value: n,
            label: `${n}: ${l.tekst(ramme.anbefalinger[n]?.kort)}`,
          })),
        )}
        <Field>
          <Label htmlFor="nytt-ressurs">{t('katalog.felt.ressurs')}</Label>
          <Select id="nytt-ressurs" {...register('endring.ressurs')}>
            <Select.Option value="">{t('katalog.ressurs.ukjent')}</Select.Option>
            {(['liten', 'moderat', 'hoy'] as const).map((r) => (
              <Select.Option key={r} value={r}>
                {l.tekst(ramme.ressurser[r]?.navn)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {tekstfelt('beskrivelse', 'nb')}
      {tekstfelt('beskrivelse', 'nn')}
      {tekstfelt('vurdering', 'nb')}
      {tekstfelt('vurdering', 'nn')}
      <Fieldset id="nytt-prosjekter" tabIndex={-1}>
        <Fieldset.Legend>{t('katalog.felt.prosjekter')}</Fieldset.Legend>
        <Fieldset.Description>{t('katalog.nytt.prosjekterHjelp')}</Fieldset.Description>
        {ramme.prosjekter.map((p) => (
          <Checkbox
            key={p.id}
            id={`nytt-prosjekt-${p.id}`}
            label={`${p.nummer} ${p.navn}`}
            value={p.id}
            aria-invalid={prosjektFeil ? true : undefined}
            {...register('endring.prosjekter')}
          />
        ))}
        {prosjektFeil && <ValidationMessage>{prosjektFeil}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('katalog.felt.kontakt')}</Fieldset.Legend>
        <Fieldset.Description>{t('katalog.nytt.kontaktHjelp')}</Fieldset.Description>
        <Textfield
          id="nytt-kontakt-navn"
          label={t('katalog.nytt.kontaktNavn')}
          error={fieldError(errors, 'endring.kontakt.0.navn')}
          {...register('endring.kontakt.0.navn', { validate: krav })}
        />
        <Textfield
          id="nytt-kontakt-organisasjon"
          label={t('katalog.nytt.kontaktOrganisasjon')}
          error={fieldError(errors, 'endring.kontakt.0.organisasjon')}
          {...register('endring.kontakt.0.organisasjon', { validate: krav })}
        />
      </Fieldset>
      <Textfield
        id="nytt-begrunnelse"
        label={t('katalog.nytt.begrunnelse')}
        multiline
        rows={3}
        error={fieldError(errors, 'begrunnelse')}
        {...register('begrunnelse', {
          validate: (v) => v.trim().length >= 5 || t('katalog.nytt.begrunnelseMangler'),
        })}
      />
      <div>
        <Button type="submit" loading={isSubmitting}>
          {t('katalog.nytt.lagre')}
        </Button>
      </div>
    </form>
  );
}
