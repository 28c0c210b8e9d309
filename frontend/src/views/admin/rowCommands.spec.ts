import { describe, expect, it } from 'vitest'
import { chenjing, liuyang, lockedAccount, zhoumin, zhouminAccount } from '@/test/fixtures/admin'
import { rowCommands } from './rowCommands'

const names = (commands: ReturnType<typeof rowCommands>) => commands.map((c) => c.command)

describe('rowCommands', () => {
  it('offers a person on the roll with an account its status, deactivation and account commands', () => {
    expect(names(rowCommands(zhoumin, zhouminAccount, 'admin'))).toEqual([
      'member-status',
      'deactivate',
      'reset-password',
      'disable-account',
      'grants',
    ])
  })

  it('offers 开通账号 to a person without a login, but not once deactivated', () => {
    expect(names(rowCommands(liuyang, null, 'admin'))).toEqual([
      'member-status',
      'deactivate',
      'open-account',
    ])
    expect(names(rowCommands({ ...liuyang, active: false }, null, 'admin'))).toEqual([
      'member-status',
      'reactivate',
    ])
  })

  it('offers 解锁 while locked and 启用账号 while disabled', () => {
    expect(names(rowCommands(chenjing, lockedAccount, 'admin'))).toEqual([
      'member-status',
      'reactivate',
      'reset-password',
      'unlock',
      'enable-account',
      'grants',
    ])
  })

  it('shows the admin their own roles command, disabled; an account alone has account commands', () => {
    const own = rowCommands(null, { ...zhouminAccount, username: 'admin' }, 'admin')
    expect(names(own)).toEqual(['reset-password', 'disable-account', 'grants'])
    expect(own.find((c) => c.command === 'grants')!.disabled).toBe(true)
  })
})
