import { queryOptions } from '@tanstack/react-query';
import { getFosterFamilyFollowUp } from '@/web/api/getFosterFamilyFollowUp';
import { listFosterHomeCourses } from '@/web/api/listFosterHomeCourses';
import { listFosterHomeGuidance } from '@/web/api/listFosterHomeGuidance';
import { queryKeys } from '@/web/api/queryKeys';

// Under the foster home's own key: refreshing the home (useRefreshFosterHome) refreshes these too.
export const coursesQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.fosterHome(id), 'courses'],
    queryFn: () => listFosterHomeCourses(id),
  });

export const guidanceQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.fosterHome(id), 'guidance'],
    queryFn: () => listFosterHomeGuidance(id),
  });

export const familyFollowUpQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.fosterHome(id), 'family-follow-up'],
    queryFn: () => getFosterFamilyFollowUp(id),
  });
