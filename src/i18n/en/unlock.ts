import type { Messages } from '../messages';

export const unlock: Messages['unlock'] = {
  locked: 'Locked: names are hidden',
  unlock: 'Unlock',
  lock: 'Lock',
  title: 'Unlock Leerzicht',
  help: "Pupils' names are encrypted in this browser. The passphrase shows them until you lock or stay idle for a while.",
  passphrase: 'Passphrase',
  repeat: 'Repeat the passphrase',
  role: 'Role',
  roles: { teacher: 'Teacher', 'ict-coordinator': 'ICT coordinator' },
  roleNow: 'Unlocked as {{role}}',
  demoHint: 'Demo: the passphrase is {{passphrase}}',
  wrong: 'That passphrase is not right. Mind capitals and spaces.',
  checking: 'Checking…',
  create: {
    title: 'Choose a passphrase',
    help: 'Names are encrypted with this passphrase. Without it they cannot be recovered: keep it safe. Use at least 12 characters.',
    tooShort: 'Choose a passphrase of at least 12 characters.',
    mismatch: 'The two passphrases differ.',
    submit: 'Create the vault',
  },
  forRole: 'This page is for the ICT coordinator. Unlock with that role.',
  needUnlock: 'Unlock first (as ICT coordinator) to import names.',
};
