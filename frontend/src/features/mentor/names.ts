import type { Me } from '../../api/types';

/** The names of my mentees by id (from /me), to show people rather than ids. */
export function menteeNames(me: Me | undefined): Map<string, string> {
  return new Map((me?.mentees ?? []).map((mentee) => [mentee.personId, mentee.name]));
}
