import { Alert, Button, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Sprak } from '@/web/api/types';
import { useChangeLanguage } from '@/web/auth/useChangeLanguage';
import { problemMessage } from '@/web/components/problemMessage';
import { useLocale } from '@/web/i18n/useLocale';
import { useT } from '@/web/i18n/useT';

interface Values {
  sprak: Sprak;
}

/** The user's language, saved on the user (`PUT /api/me/language`) so it follows them. */
export function LanguageForm() {
  const t = useT();
  const { locale } = useLocale();
  const { change, isPending, error, reset: resetMutation } = useChangeLanguage();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit } = useForm<Values>({
    defaultValues: { sprak: locale },
    values: { sprak: locale },
  });

  const onSubmit = async ({ sprak }: Values) => {
    setSaved(false);
    resetMutation();
    try {
      await change(sprak);
      setSaved(true);
    } catch {
      // shown below from the mutation's error
    }
  };

  return (
    <form className="settings-form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('innstillinger.sprak.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('innstillinger.sprak.beskrivelse')}</Fieldset.Description>
        <Radio label={<span lang="nb">{t('sprak.nb')}</span>} value="nb" {...register('sprak')} />
        <Radio label={<span lang="nn">{t('sprak.nn')}</span>} value="nn" {...register('sprak')} />
      </Fieldset>
      <div>
        <Button type="submit" loading={isPending}>
          {t('felles.lagre')}
        </Button>
      </div>
      <div aria-live="polite" className="settings-form__status">
        {saved && (
          <Alert data-color="success">
            <Paragraph>{t('innstillinger.sprak.lagret')}</Paragraph>
          </Alert>
        )}
        {error && (
          <Alert data-color="danger">
            <Paragraph>{problemMessage(error, t)}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
