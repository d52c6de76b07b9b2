import { useLayoutEffect, useState, type RefObject } from 'react';

/** How close to the end counts as "at the end": a line or two of slack for rounding and late layout. */
const SLACK_PX = 48;

const atEnd = (log: HTMLElement | null) => log === null || log.scrollHeight - log.scrollTop - log.clientHeight <= SLACK_PX;

/**
 * Keeps a scrolling log at its newest entry while the reader is there, and leaves it alone once they
 * scroll back to read an earlier ruling, so a busy table does not pull the page out from under them.
 * Whether they were at the end is read as the log was before new entries arrived: scroll events alone
 * would also report the browser's own adjustments while entries are swapped in. `behind` says newer
 * entries arrived since they scrolled away; `jump` takes them to the newest.
 */
export function useFollowLog(ref: RefObject<HTMLElement | null>, change: unknown) {
  const [behind, setBehind] = useState(false);
  // Rendering comes before the new entries reach the page, so this is where the reader was.
  const wasAtEnd = atEnd(ref.current);
  useLayoutEffect(() => {
    if (wasAtEnd) ref.current?.scrollTo({ top: ref.current.scrollHeight });
    else setBehind(true);
    // Only a change of the log decides; wasAtEnd is the reading of the render that brought it.
  }, [ref, change]);
  const onScroll = () => {
    if (atEnd(ref.current)) setBehind(false);
  };
  const jump = () => {
    setBehind(false);
    ref.current?.scrollTo({ top: ref.current.scrollHeight });
  };
  return { onScroll, behind, jump };
}
