import type { PrivacyKeys } from "../privacy/keys.ts";
import type { ModelTarget, Profile } from "../profiles/schema.ts";
import { pickArm } from "../routing/arms.ts";

/** Where a request landed in its profile's experiment: recorded with the interaction and shown in `glocal.experiment`. */
export interface ArmAssignment {
  id: string;
  arm: string;
  /** "user": keyed on the app's user id, the same arm in every session; "session": no user id, keyed on session_id. */
  unit: "user" | "session";
  /** The arm's share of the weights, recorded so the sample-ratio check knows what to expect. */
  share: number;
  /** The arm's targets, routed to in place of the profile's. */
  targets: ModelTarget[];
}

/**
 * Enrol a request in its profile's experiment. The unit is the app's `user` id when sent (sticky across
 * sessions and devices that share it), else the `session_id` (sticky within that conversation only);
 * a request with neither, or one that pins a model, is not enrolled and is served by the profile's own
 * targets. The bucket is a keyed hash (HMAC under GLOCAL_SECRET), so the assignment can be neither
 * predicted nor chosen by the person or the app.
 */
export async function assignArm(
  keys: PrivacyKeys,
  profile: Profile,
  request: { user?: string; session_id?: string; pinned?: string },
): Promise<ArmAssignment | undefined> {
  const experiment = profile.experiment;
  if (!experiment || request.pinned) return undefined;
  const unit = request.user ? "user" : request.session_id ? "session" : undefined;
  if (!unit) return undefined;
  const key = (unit === "user" ? request.user : request.session_id) as string;
  const { arm, share } = pickArm(experiment, await keys.armBucket(experiment.id, unit, key));
  return { id: experiment.id, arm: arm.id, unit, share, targets: arm.targets };
}
