import { QueryState } from '../../ui/query-state.tsx';
import { ExportSection } from '../exports/export-section.tsx';
import { useViewer } from '../onboarding/viewer.ts';
import { CalendarFeedSection } from '../one-to-ones/calendar-feed-section.tsx';
import { useAccountSettings } from './account-settings.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { KeepingInTouchSettings } from './keeping-in-touch-settings.tsx';
import { ProfessionForm } from './profession-form.tsx';
import { ReadyThresholdForm } from './ready-threshold-form.tsx';
import { ReviewThresholdsForm } from './review-thresholds-form.tsx';
import { SessionsList } from './sessions-list.tsx';
import { TimeAndMoneyForm } from './time-and-money-form.tsx';

const KeepingInTouchSection = () => {
  const settings = useAccountSettings();
  return (
    <QueryState
      isPending={settings.isPending}
      error={settings.data ? null : settings.error}
      onRetry={() => settings.refetch()}
    >
      {settings.data ? (
        <>
          <KeepingInTouchSettings settings={settings.data} />
          <section className="card" aria-labelledby="readiness-title">
            <h2 id="readiness-title">Referral readiness</h2>
            <p className="muted settings-note">
              Who counts as ready to introduce you, for the gap list of your target buyers.
            </p>
            <ReadyThresholdForm threshold={settings.data.readyThreshold} />
          </section>
          <section className="card" aria-labelledby="time-money-title">
            <h2 id="time-money-title">Your time and money</h2>
            <p className="muted settings-note">
              What an hour of your time is worth: the hours a group takes count as money at this
              rate.
            </p>
            <TimeAndMoneyForm
              currency={settings.data.currency}
              hourlyRate={settings.data.hourlyRate?.amount ?? ''}
            />
          </section>
          <section className="card" aria-labelledby="profession-title">
            <h2 id="profession-title">Your profession</h2>
            <p className="muted settings-note">
              A group review counts members in your profession or a competitor’s as competitors, and
              points out the power partners: complementary professions that send you work.
            </p>
            <ProfessionForm saved={settings.data} />
          </section>
          <section className="card" aria-labelledby="review-thresholds-title">
            <h2 id="review-thresholds-title">Group review thresholds</h2>
            <p className="muted settings-note">
              When a group’s review over the last 12 months says leave, invest in depth or stay.
            </p>
            <ReviewThresholdsForm
              saved={settings.data.reviewThresholds}
              defaults={settings.data.defaultReviewThresholds}
            />
          </section>
        </>
      ) : null}
    </QueryState>
  );
};

export const SettingsPage = () => {
  const viewer = useViewer();
  const account = viewer.data?.viewer;
  return (
    <section className="settings">
      <h1>Settings</h1>
      <QueryState
        isPending={viewer.isPending}
        error={viewer.error}
        onRetry={() => viewer.refetch()}
      >
        {account ? (
          <>
            <section className="card" aria-labelledby="account-title">
              <h2 id="account-title">Account</h2>
              <dl className="facts">
                <dt>E-mail</dt>
                <dd>{account.email}</dd>
                <dt>Name</dt>
                <dd>{account.name}</dd>
                {account.isOwner ? (
                  <>
                    <dt>Role</dt>
                    <dd>Owner of this Tend server</dd>
                  </>
                ) : null}
              </dl>
            </section>
            <KeepingInTouchSection />
            <CalendarFeedSection />
            <ChangePasswordForm />
            <SessionsList />
            <ExportSection />
            {account.email ? <DeleteAccountSection email={account.email} /> : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
