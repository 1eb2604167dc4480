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
  failed:
    'Unlocking did not work, and not because of the passphrase: the stored keys could not be read. Nothing has been lost. Reload the page and try again; if that does not work, contact the ICT coordinator.',
  waitingForDemo: 'The demo school is still being set up. You will be unlocked as soon as its pupils have been read in…',
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
  groups: {
    title: 'My groups',
    help: 'Choose the groups you teach. You see only these groups and their pupils. This browser remembers your choice; change it with "My groups".',
    loadFailed:
      'The passphrase is right, but your groups could not be loaded. Nothing has been lost. Try again with "Unlock"; if that does not work, reload the page.',
    loadFailedAgain: 'Your groups could not be loaded. Nothing has been lost. Try again; if that does not work, reload the page.',
    retry: 'Try again',
    none: 'Choose at least one group.',
    noGroups: 'There are no groups yet. Once the ICT coordinator imports the roster, choose your groups with "My groups".',
    confirm: 'Show my groups',
    change: 'My groups',
    save: 'Save',
    refused: 'This pupil is not in your groups',
    refusedHelp: 'Do you teach this group? Add it with "My groups" at the top of the page.',
  },
};
