import { useRouterState } from '@tanstack/react-router';

declare module '@tanstack/react-router' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: only an interface can augment the router's HistoryState
  interface HistoryState {
    /** The name of the person just deleted, for the people list to confirm it. */
    deletedPerson?: string;
  }
}

/** Says who was just deleted, on the page the delete led to. */
export const DeletedPersonNotice = () => {
  const name = useRouterState({ select: (state) => state.location.state.deletedPerson });
  return name ? (
    <p className="notice notice-info" role="status">
      {name} was deleted, with their history.
    </p>
  ) : null;
};
