package dev.readiness.gates.secrets;

/**
 * Keys that list an application's own accounts, each written {@code name:password}
 * ({@code application.admin.accounts[0]=admin:password}, a Play service's built-in administrators;
 * {@code ADMIN_ACCOUNTS}, {@code adminAccounts}, {@code logins}): the password after the colon is what signs in, so
 * {@code admin:password} is as guessable there as under {@code ADMIN_PASSWORD}. Only the key's last word, before a
 * list index, counts, and only a value {@link ColonPairPasswords} reads as one pair: an account name alone
 * ({@code INITIAL_ADMIN_ACCOUNT=admin}), a merchant account ({@code MERCHANT_ACCOUNT}), a switch
 * ({@code app.features.test-accounts=false}) and a URL or path are no such entry. Stateless.
 */
final class AccountLists {

    private static final String[] LIST_WORDS = {"accounts", "logins"};

    private AccountLists() {
    }

    /**
     * Whether a key's last word, before any {@code [n]} index, is {@code accounts} or {@code logins}.
     *
     * @param key the key as written
     * @return {@code true} for a list of accounts
     */
    static boolean namesAccountList(String key) {
        int end = key.length();
        if (end > 0 && key.charAt(end - 1) == ']') {
            int open = key.lastIndexOf('[');
            if (open < 0) {
                return false;
            }
            end = open;
        }
        for (String word : LIST_WORDS) {
            int start = end - word.length();
            if (start >= 0 && key.regionMatches(true, start, word, 0, word.length())
                    && (start == 0 || !Character.isLetterOrDigit(key.charAt(start - 1))
                            || Character.isUpperCase(key.charAt(start)) && Character.isLowerCase(key.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }
}
