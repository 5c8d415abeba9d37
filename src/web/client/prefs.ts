/**
 * Choices remembered on this device: profile, lens, home culture, page language, and the opaque user
 * id that lets a person erase their data. Never message text.
 */
const KEYS = {
  profile: "glocal.profile",
  lens: "glocal.lens",
  home: "glocal.home",
  locale: "glocal.locale",
  user: "glocal.user",
} as const;

export type PrefName = Exclude<keyof typeof KEYS, "user">;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: choices last for this page only
  }
}

export function readPref(name: PrefName): string | null {
  return storage()?.getItem(KEYS[name]) ?? null;
}

export function writePref(name: PrefName, value: string | null): void {
  if (value === null) storage()?.removeItem(KEYS[name]);
  else storage()?.setItem(KEYS[name], value);
}

/** The opaque id sent as the OpenAI `user` field; the gateway stores only a keyed hash of it. */
export function userId(): string {
  const existing = storage()?.getItem(KEYS.user);
  if (existing) return existing;
  const fresh = `web-${crypto.randomUUID()}`;
  storage()?.setItem(KEYS.user, fresh);
  return fresh;
}

/** After erasure the person starts over as someone new. */
export function forgetUser(): void {
  storage()?.removeItem(KEYS.user);
}
