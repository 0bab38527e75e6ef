import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { changeCatalogue } from '@/web/api/changeCatalogue';
import type { KatalogEndringFelter, ProduktDetalj, ProduktStatus, Ressurs } from '@/web/api/katalogTypes';
import { listCatalogueChanges } from '@/web/api/listCatalogueChanges';
import { queryKeys } from '@/web/api/queryKeys';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { useKatalogLabels } from '@/web/pages/katalog/katalogLabels';

const FELTNAVN: Record<string, MessageId> = {
  oy: 'katalog.felt.oy',
  status: 'katalog.felt.status',
  anbefaling: 'katalog.felt.anbefaling',
  ressurs: 'katalog.felt.ressurs',
  tittel: 'katalog.felt.tittel',
  beskrivelse: 'katalog.felt.beskrivelse',
  vurdering: 'katalog.felt.vurdering',
  kontakt: 'katalog.felt.kontakt',
  prosjekter: 'katalog.felt.prosjekter',
};

/** The network's changes to the product, newest first; the coordinator's form to make one. */
export function ChangeHistory({ detalj, kanEndre }: { detalj: ProduktDetalj; kanEndre: boolean }) {
  const t = useT();
  const l = useKatalogLabels();
  const id = detalj.produkt.id;
  const query = useQuery({
    queryKey: queryKeys.catalogueChanges(id),
    queryFn: () => listCatalogueChanges(id),
  });

  return (
    <section aria-labelledby="katalog-historikk" className="katalog-seksjon">
      <Heading level={2} data-size="sm" id="katalog-historikk">
        {t('katalog.historikk.tittel')}
      </Heading>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <Paragraph>{t('katalog.historikk.ingen')}</Paragraph>
        ) : (
          <ol className="katalog-historikk">
            {query.data.items.map((e) => (
              <li key={e.id}>
                <Paragraph data-size="sm">
                  <strong>{l.dato(e.tidspunkt)}</strong>
                  {` · ${e.samarbeid.navn} · ${e.endretAv ?? t('katalog.historikk.koordinator')}`}
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('katalog.historikk.felter', {
                    tekst: Object.keys(e.endring)
                      .map((k) => (FELTNAVN[k] ? t(FELTNAVN[k]) : k))
                      .join(', '),
                  })}
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('katalog.historikk.begrunnelse', { tekst: e.begrunnelse })}
                </Paragraph>
              </li>
            ))}
          </ol>
        ))}
      {kanEndre && <ChangeForm detalj={detalj} />}
    </section>
  );
}

type Values = {
  samarbeidId: string;
  status: ProduktStatus;
  anbefaling: string;
  ressurs: string;
  tittelNb: string;
  tittelNn: string;
  vurderingNb: string;
  vurderingNn: string;
  begrunnelse: string;
};

const NAMES = ['samarbeidId', 'status', 'anbefaling', 'ressurs', 'tittel', 'vurdering', 'begrunnelse'];

/** The coordinator changes the product for one collaboration: status, recommendation, texts. */
function ChangeForm({ detalj }: { detalj: ProduktDetalj }) {
  const t = useT();
  const l = useKatalogLabels();
  const queryClient = useQueryClient();
  const [lagret, setLagret] = useState(false);
  const { produkt, ramme, samarbeid } = detalj;
  const standard: Values = {
    samarbeidId: samarbeid.length === 1 ? (samarbeid[0]?.id ?? '') : '',
    status: produkt.status,
    anbefaling: String(produkt.anbefaling),
    ressurs: produkt.ressurs ?? '',
    tittelNb: produkt.tittel.nb,
    tittelNn: produkt.tittel.nn,
    vurderingNb: produkt.vurdering.nb,
    vurderingNn: produkt.vurdering.nn,
    begrunnelse: '',
  };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: standard, shouldFocusError: false });
  const feedback = useFormFeedback(setError, NAMES);
  const ids: [string, string][] = [
    ['samarbeidId', 'endring-samarbeid'],
    ['status', 'endring-status'],
    ['anbefaling', 'endring-anbefaling'],
    ['ressurs', 'endring-ressurs'],
    ['tittelNb', 'endring-tittel-nb'],
    ['tittelNn', 'endring-tittel-nn'],
    ['vurderingNb', 'endring-vurdering-nb'],
    ['vurderingNn', 'endring-vurdering-nn'],
    ['begrunnelse', 'endring-begrunnelse'],
  ];

  const onValid = async (v: Values) => {
    feedback.reset();
    setLagret(false);
    const endring: KatalogEndringFelter = {};
    if (v.status !== produkt.status) endring.status = v.status;
    if (Number(v.anbefaling) !== produkt.anbefaling) endring.anbefaling = Number(v.anbefaling);
    if ((v.ressurs || null) !== produkt.ressurs) endring.ressurs = (v.ressurs || null) as Ressurs | null;
    if (v.tittelNb !== produkt.tittel.nb || v.tittelNn !== produkt.tittel.nn)
      endring.tittel = { nb: v.tittelNb, nn: v.tittelNn };
    if (v.vurderingNb !== produkt.vurdering.nb || v.vurderingNn !== produkt.vurdering.nn)
      endring.vurdering = { nb: v.vurderingNb, nn: v.vurderingNn };
    try {
      await changeCatalogue(produkt.id, {
        ...(v.samarbeidId ? { samarbeidId: v.samarbeidId } : {}),
        endring,
        begrunnelse: v.begrunnelse,
      });
      setLagret(true);
      reset({ ...v, begrunnelse: '' });
      await queryClient.invalidateQueries({ queryKey: queryKeys.catalogue });
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  const krav = (v: string) => v.trim() !== '' || t('katalog.endring.mangler');

  return (
    <form className="katalog-endring" noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
      <Heading level={3} data-size="xs">
        {t('katalog.endring.tittel')}
      </Heading>
      <Paragraph data-size="sm">{t('katalog.endring.hjelp')}</Paragraph>
      <FormFeedback errors={errors} fieldIds={ids} message={feedback.message} attempt={feedback.attempt} />
      {samarbeid.length > 1 && (
        <Field>
          <Label htmlFor="endring-samarbeid">{t('katalog.endring.samarbeid')}</Label>
          <Select id="endring-samarbeid" {...register('samarbeidId', { validate: krav })}>
            <Select.Option value="">{t('felles.velg')}</Select.Option>
            {samarbeid.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {s.navn}
              </Select.Option>
            ))}
          </Select>
          {fieldError(errors, 'samarbeidId') && (
            <ValidationMessage>{fieldError(errors, 'samarbeidId')}</ValidationMessage>
          )}
        </Field>
      )}
      <div className="katalog__filterrad">
        <Field>
          <Label htmlFor="endring-status">{t('katalog.felt.status')}</Label>
          <Select id="endring-status" {...register('status')}>
            <Select.Option value="gull">{l.tekst(ramme.status.gull.navn)}</Select.Option>
            <Select.Option value="solv">{l.tekst(ramme.status.solv.navn)}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label htmlFor="endring-anbefaling">{t('katalog.felt.anbefaling')}</Label>
          <Select id="endring-anbefaling" {...register('anbefaling')}>
            {['1', '2', '3', '4'].map((n) => (
              <Select.Option key={n} value={n}>
                {`${n}: ${l.tekst(ramme.anbefalinger[n]?.kort)}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="endring-ressurs">{t('katalog.felt.ressurs')}</Label>
          <Select id="endring-ressurs" {...register('ressurs')}>
            <Select.Option value="">{t('katalog.ressurs.ukjent')}</Select.Option>
            {(['liten', 'moderat', 'hoy'] as const).map((r) => (
              <Select.Option key={r} value={r}>
                {l.tekst(ramme.ressurser[r]?.navn)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        id="endring-tittel-nb"
        label={t('katalog.endring.tittelNb')}
        error={fieldError(errors, 'tittelNb')}
        {...register('tittelNb', { validate: krav })}
      />
      <Textfield
        id="endring-tittel-nn"
        label={t('katalog.endring.tittelNn')}
        error={fieldError(errors, 'tittelNn')}
        {...register('tittelNn', { validate: krav })}
      />
      <Field>
        <Label htmlFor="endring-vurdering-nb">{t('katalog.endring.vurderingNb')}</Label>
        <Textarea id="endring-vurdering-nb" rows={4} {...register('vurderingNb', { validate: krav })} />
        {fieldError(errors, 'vurderingNb') && (
          <ValidationMessage>{fieldError(errors, 'vurderingNb')}</ValidationMessage>
        )}
      </Field>
      <Field>
        <Label htmlFor="endring-vurdering-nn">{t('katalog.endring.vurderingNn')}</Label>
        <Textarea id="endring-vurdering-nn" rows={4} {...register('vurderingNn', { validate: krav })} />
        {fieldError(errors, 'vurderingNn') && (
          <ValidationMessage>{fieldError(errors, 'vurderingNn')}</ValidationMessage>
        )}
      </Field>
      <Field>
        <Label htmlFor="endring-begrunnelse">{t('katalog.endring.begrunnelse')}</Label>
        <Textarea
          id="endring-begrunnelse"
          rows={3}
          aria-invalid={fieldError(errors, 'begrunnelse') ? true : undefined}
          {...register('begrunnelse', {
            validate: (v) => v.trim().length >= 5 || t('katalog.endring.begrunnelseMangler'),
          })}
        />
        {fieldError(errors, 'begrunnelse') && (
          <ValidationMessage>{fieldError(errors, 'begrunnelse')}</ValidationMessage>
        )}
      </Field>
      <div>
        <Button type="submit" loading={isSubmitting}>
          {t('katalog.endring.lagre')}
        </Button>
      </div>
      <div aria-live="polite" role="status">
        {lagret && (
          <Alert data-color="success">
            <Paragraph>{t('katalog.endring.lagret')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
