import { useChild } from '@/web/pages/barn/side/useChild';
import { CourseView } from '@/web/pages/manual/forlop/CourseView';

/** `/barn/:id/forlop` — where the child stands in the manual's course, and what to do next. */
export function ChildCourseTab() {
  const barn = useChild();
  return (
    <CourseView
      forlop="barn"
      entitetId={barn.id}
      kanEndre={barn.kanEndre}
      kontaktpersonId={barn.kontaktperson?.id ?? null}
    />
  );
}
