import { isLocked, type AdminAccount, type AdminPerson } from '@/api/admin'

/** What an admin may do from a row of the people or accounts list. */
export type AdminCommand =
  | 'edit'
  | 'member-status'
  | 'deactivate'
  | 'reactivate'
  | 'open-account'
  | 'reset-password'
  | 'unlock'
  | 'disable-account'
  | 'enable-account'
  | 'grants'

/** The label key of each command (under `admin.actions`). */
export const COMMAND_LABELS: Record<AdminCommand, string> = {
  edit: 'edit',
  'member-status': 'memberStatus',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  'open-account': 'openAccount',
  'reset-password': 'resetPassword',
  unlock: 'unlock',
  'disable-account': 'disableAccount',
  'enable-account': 'enableAccount',
  grants: 'grants',
}

export interface RowCommand {
  command: AdminCommand
  /** Shown but not offered (the admin's own roles). */
  disabled?: boolean
  /** Starts a new group in the menu. */
  divided?: boolean
}

/**
 * The commands for a person (with their account, if any) or for an account alone. A deactivated
 * person gets no new account; an account never edits its own roles here (the server refuses).
 */
export function rowCommands(
  person: AdminPerson | null,
  account: AdminAccount | null,
  self: string | undefined,
  now = Date.now(),
): RowCommand[] {
  const commands: RowCommand[] = []
  if (person) {
    commands.push({ command: 'member-status' })
    commands.push({ command: person.active ? 'deactivate' : 'reactivate' })
    if (!account && person.active) commands.push({ command: 'open-account', divided: true })
  }
  if (account) {
    const first = commands.length > 0
    commands.push({ command: 'reset-password', divided: first })
    if (isLocked(account, now)) commands.push({ command: 'unlock' })
    commands.push({ command: account.enabled ? 'disable-account' : 'enable-account' })
    commands.push({ command: 'grants', disabled: account.username === self })
  }
  return commands
}
