// Lint for src/: the basic typescript-eslint set everywhere, the Office.js batching rules on the
// Word host, the hooks rules on the pane. `npm run lint` runs `tsc --noEmit` first (types are tsc's job).
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Only the plugin's own Office.js rules: its recommended set also brings prettier formatting and a
// second, older typescript-eslint parser, which are not ours.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([rule]) => rule.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/core/templates/generated/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    // A parameter a signature requires but the body does not use is named `_…`, as tsc's noUnusedParameters allows.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/hosts/word/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      // Static guess that flags ClientResult.value (never loaded) and every collection's `items`
      // even after load; tests/hosts/word/fakeWord.ts checks the same thing for real (it throws on a
      // read before load + sync), on every path the tests drive.
      'office-addins/load-object-before-read': 'off',
    },
  },
  // Must parse in IE11 (the "Office too old" screen): ES5 `var` on purpose.
  { files: ['src/taskpane/unsupported.ts'], rules: { 'no-var': 'off' } },
  { files: ['src/taskpane/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },
);
