import { useEffect, useRef, useState, type RefObject } from 'react';

/** How close to the end counts as "at the end": a line or two of slack for rounding and late layout. */
const SLACK_PX = 48;

/**
 * Keeps a scrolling log at its newest entry while the reader is there, and leaves it alone once they
 * scroll back to read an earlier ruling, so a busy table does not pull the page out from under them.
 * `behind` says newer entries arrived since they scrolled away; `jump` takes them to the newest.
 */
export function useFollowLog(ref: RefObject<HTMLElement | null>, change: unknown) {
  const following = useRef(true);
  const [behind, setBehind] = useState(false);
  useEffect(() => {
    if (following.current) ref.current?.scrollTo({ top: ref.current.scrollHeight });
    else setBehind(true);
  }, [ref, change]);
  const onScroll = () => {
    const log = ref.current;
    if (!log) return;
    following.current = log.scrollHeight - log.scrollTop - log.clientHeight <= SLACK_PX;
    if (following.current) setBehind(false);
  };
  const jump = () => {
    following.current = true;
    setBehind(false);
    ref.current?.scrollTo({ top: ref.current.scrollHeight });
  };
  return { onScroll, behind, jump };
}
