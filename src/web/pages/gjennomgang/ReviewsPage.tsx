import { useMe } from '@/web/auth/useMe';
import { MyReviewsPage } from '@/web/pages/gjennomgang/MyReviewsPage';
import { ReviewOverviewPage } from '@/web/pages/gjennomgang/ReviewOverviewPage';
import { GJENNOMGANG_ROLLER } from '@/web/pages/manual/ManualPage';

/**
 * `/gjennomgang` — team leaders and the head of service see when each contact person was last
 * reviewed and what is open; everyone else sees their own reviews ("Mine gjennomganger").
 * The session's role decides; the API checks it again.
 */
export function ReviewsPage() {
  const me = useMe();
  return GJENNOMGANG_ROLLER.includes(me.rolle) ? <ReviewOverviewPage /> : <MyReviewsPage />;
}
