import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { MagnifyingGlassIcon } from '@navikt/aksel-icons';
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { searchChildren } from '@/web/api/searchChildren';
import { FormFeedback, fieldError } from '@/web/components/FormFeedback';
import { useFormFeedback } from '@/web/components/useFormFeedback';
import { useT } from '@/web/i18n/useT';
import { SearchResults } from '@/web/pages/barn/SearchResults';

interface Values {
  q: string;
}

/**
 * Search the whole service by name, identity number or birth date. The query goes in a POST body
 * and is kept only in this component: never in the URL or the browser history.
 */
export function ChildSearch() {
  const t = useT();
  const headingId = useId();
  const fieldId = `${headingId}-q`;
  const search = useMutation({ mutationFn: searchChildren });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { q: '' }, shouldFocusError: false });
  const feedback = useFormFeedback(setError, ['q']);

  const onValid = async ({ q }: Values) => {
    feedback.reset();
    try {
      await search.mutateAsync(q.trim());
    } catch (error) {
      feedback.onServerError(error);
    }
  };

  return (
    <search className="child-search" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('barn.sok.overskrift')}
      </Heading>
      <form noValidate onSubmit={handleSubmit(onValid, feedback.onInvalid)}>
        <FormFeedback
          errors={errors}
          fieldIds={[['q', fieldId]]}
          message={feedback.message}
          attempt={feedback.attempt}
        />
        <div className="child-search__row">
          <Textfield
            id={fieldId}
            type="search"
            autoComplete="off"
            spellCheck={false}
            label={t('barn.sok.felt')}
            description={t('barn.sok.beskrivelse')}
            error={fieldError(errors, 'q')}
            className="child-search__field"
            {...register('q', {
              validate: (value) => value.trim().length >= 2 || t('barn.sok.forKort'),
            })}
          />
          <Button type="submit" loading={search.isPending} className="child-search__button">
            {!search.isPending && <MagnifyingGlassIcon aria-hidden />}
            {t('barn.sok.knapp')}
          </Button>
        </div>
      </form>
      {/* Only the number of hits is announced; the list follows right after it. */}
      <Paragraph data-size="sm" role="status" className="child-search__count">
        {search.data && t('barn.sok.antall', { antall: search.data.items.length })}
      </Paragraph>
      {search.data && search.data.items.length > 0 && <SearchResults items={search.data.items} />}
    </search>
  );
}
