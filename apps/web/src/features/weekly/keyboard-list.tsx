import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/** What a row does for the page's shortcuts: l logs a touch, s skips or snoozes. */
export type RowActions = {
  log: () => void;
  secondary: () => void;
};

type Row = { element: HTMLElement | null; actions: () => RowActions };

type KeyboardList = {
  current: string | null;
  setCurrent: (key: string) => void;
  register: (key: string, row: Row) => () => void;
};

const KeyboardListContext = createContext<KeyboardList | null>(null);

/** Typing in a field, or using a shortcut of the browser or the system, is never a command. */
const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
};

const MOVE_DOWN = new Set(['j', 'ArrowDown']);
const MOVE_UP = new Set(['k', 'ArrowUp']);

/**
 * j/k (or ↓/↑) move between the rows in `order`, l and s act on the current one. The current
 * row takes the focus, so screen readers follow it and Tab continues from there.
 */
export const KeyboardListProvider = ({
  order,
  children,
}: {
  order: readonly string[];
  children: ReactNode;
}) => {
  const rows = useRef(new Map<string, Row>());
  const [current, setCurrent] = useState<string | null>(null);
  const lastIndex = useRef(0);

  const register = useCallback((key: string, row: Row) => {
    rows.current.set(key, row);
    return () => {
      if (rows.current.get(key) === row) rows.current.delete(key);
    };
  }, []);

  const moveTo = useCallback((key: string) => {
    setCurrent(key);
    const element = rows.current.get(key)?.element;
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest' });
  }, []);

  // A row that leaves (a prompt snoozed or dismissed) hands the focus to the one now in its place.
  useEffect(() => {
    if (current === null) return;
    const index = order.indexOf(current);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    const next = order[Math.min(lastIndex.current, order.length - 1)];
    if (next === undefined) {
      setCurrent(null);
    } else if (document.activeElement === document.body || document.activeElement === null) {
      moveTo(next);
    } else {
      setCurrent(next);
    }
  }, [order, current, moveTo]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || order.length === 0) return;
      const index = current === null ? -1 : order.indexOf(current);
      if (MOVE_DOWN.has(event.key) || MOVE_UP.has(event.key)) {
        const next =
          index < 0
            ? 0
            : Math.min(Math.max(index + (MOVE_DOWN.has(event.key) ? 1 : -1), 0), order.length - 1);
        const key = order[next];
        if (key === undefined) return;
        event.preventDefault();
        moveTo(key);
        return;
      }
      if (event.key !== 'l' && event.key !== 's') return;
      const key = index < 0 ? undefined : order[index];
      const row = key === undefined ? undefined : rows.current.get(key);
      if (!row) return;
      event.preventDefault();
      const actions = row.actions();
      if (event.key === 'l') actions.log();
      else actions.secondary();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [order, current, moveTo]);

  const value = useMemo(() => ({ current, setCurrent, register }), [current, register]);
  return <KeyboardListContext.Provider value={value}>{children}</KeyboardListContext.Provider>;
};

/**
 * Makes a row part of the page's keyboard list: returns the ref for its element, whether it is
 * the current row, and a focus handler that makes it current when the user works inside it.
 */
export const useKeyboardRow = <Element extends HTMLElement>(key: string, actions: RowActions) => {
  const list = useContext(KeyboardListContext);
  const ref = useRef<Element>(null);
  const latest = useRef(actions);
  latest.current = actions;
  const register = list?.register;

  useEffect(
    () => register?.(key, { element: ref.current, actions: () => latest.current }),
    [register, key],
  );

  const setCurrent = list?.setCurrent;
  const onFocus = useCallback(() => setCurrent?.(key), [setCurrent, key]);
  return { ref, isCurrent: list?.current === key, onFocus };
};
