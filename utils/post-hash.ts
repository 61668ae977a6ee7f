/**
 * A post's salted fingerprint: SHA-256 of the install's salt and the text (whitespace at the ends ignored),
 * as hex. The history keeps it instead of the text, so the same post published twice, or imported later, is
 * counted once. Its own module so the background and the dashboard's import workers hash alike.
 */
export async function saltedHash(salt: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\n${text.trim()}`));
  return hex(new Uint8Array(digest));
}

/** What `saltedHash` gives: 64 lower-case hex digits. */
export const POST_HASH = /^[0-9a-f]{64}$/;

export function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
