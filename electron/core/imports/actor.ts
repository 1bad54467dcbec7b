// Who did it, for the custody log: the operating-system user on this machine.
import os from 'node:os';

export function currentActor(): string {
  let user = 'unknown user';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): keep the placeholder rather than fail an import.
  }
  return `${user}@${os.hostname()}`;
}
