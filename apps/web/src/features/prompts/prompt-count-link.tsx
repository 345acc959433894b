import { Link } from '@tanstack/react-router';
import { useViewer } from '../onboarding/viewer.ts';
import { formatPromptCount } from './prompt-keys.ts';
import { useOpenPromptCount } from './prompt-queries.ts';

/** "This week" in the navigation, with how many prompts wait (capped: "99+"). */
export const ThisWeekNavLink = () => {
  // Asked only once onboarded: the server raises prompts from its first look on, and demo data
  // seeded after that look would otherwise wait for a later check.
  const onboarded = useViewer().data?.viewer.onboarded === true;
  const count = useOpenPromptCount(onboarded);
  const open = count.data ?? 0;
  return (
    <Link
      to="/"
      activeOptions={{ exact: true }}
      activeProps={{ 'aria-current': 'page' }}
      className="nav-this-week"
    >
      {/* The count's words are for screen readers only: the name starts with what is seen. */}
      This week
      {open > 0 ? (
        <>
          <span className="nav-count" data-testid="open-prompt-count">
            {formatPromptCount(open)}
          </span>
          <span className="visually-hidden"> open {open === 1 ? 'prompt' : 'prompts'}</span>
        </>
      ) : null}
    </Link>
  );
};
