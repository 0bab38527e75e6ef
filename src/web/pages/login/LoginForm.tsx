import { Button, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { login } from '@/web/api/login';
import { isApiError } from '@/web/api/problem';
import { authenticated, sessionQuery } from '@/web/auth/sessionState';
import { FormErrorSummary, type SummaryItem } from '@/web/components/FormErrorSummary';
import { problemMessage } from '@/web/components/problemMessage';
import { useT } from '@/web/i18n/useT';

interface LoginValues {
  username: string;
  password: string;
}

const FIELD_IDS: Record<keyof LoginValues, string> = { username: 'brukernavn', password: 'passord' };

function isLoginField(field: string): field is keyof LoginValues {
  return field === 'username' || field === 'password';
}

/**
 * Username and password. Empty fields are caught here; the server's answer (wrong credentials,
 * too many attempts, field errors) is shown in the error summary in the user's language.
 * The username is kept on every error; the password is cleared after a rejected attempt.
 */
export function LoginForm({ next }: { next: string }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [serverError, setServerError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({ defaultValues: { username: '', password: '' }, shouldFocusError: false });

  const fieldMessage = (field: keyof LoginValues): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    return field === 'username' ? t('login.brukernavn.mangler') : t('login.passord.mangler');
  };

  const onValid = async (values: LoginValues) => {
    setServerError(null);
    try {
      const session = await login(values);
      queryClient.setQueryData(sessionQuery.queryKey, authenticated(session));
      navigate(next, { replace: true });
    } catch (error) {
      const fieldErrors = isApiError(error) && error.status === 400 ? (error.problem.errors ?? []) : [];
      const known = fieldErrors.filter((item) => isLoginField(item.field));
      if (known.length > 0) {
        for (const item of known) {
          if (isLoginField(item.field)) setError(item.field, { type: 'server', message: item.message });
        }
      } else {
        setServerError(problemMessage(error, t));
        resetField('password');
      }
      setAttempt((n) => n + 1);
    }
  };

  const onInvalid = (_errors: FieldErrors<LoginValues>) => {
    setServerError(null);
    setAttempt((n) => n + 1);
  };

  const summaryItems: SummaryItem[] = (['username', 'password'] as const).flatMap((field) => {
    const message = fieldMessage(field);
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });

  return (
    <form className="login__form" noValidate onSubmit={handleSubmit(onValid, onInvalid)}>
      {serverError && (
        <FormErrorSummary key={attempt} heading={t('login.feilet')} description={serverError} items={[]} />
      )}
      {!serverError && summaryItems.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('skjema.rettOpp')} items={summaryItems} />
      )}
      <Textfield
        id={FIELD_IDS.username}
        label={t('login.brukernavn')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldMessage('username')}
        {...register('username', { required: true, validate: (value) => value.trim() !== '' })}
      />
      <Textfield
        id={FIELD_IDS.password}
        type="password"
        label={t('login.passord')}
        autoComplete="current-password"
        error={fieldMessage('password')}
        {...register('password', { required: true })}
      />
      <Button type="submit" loading={isSubmitting} className="login__submit">
        {t('login.knapp')}
      </Button>
    </form>
  );
}
