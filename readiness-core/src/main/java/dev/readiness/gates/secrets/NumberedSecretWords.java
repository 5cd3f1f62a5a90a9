package dev.readiness.gates.secrets;

import java.util.Set;

/**
 * A key's last word that is a secret word with a number glued on: {@code BOT_TOKEN2}, {@code OPENAI_API_KEY2},
 * {@code JWT_SECRET1}, {@code SIGNING_PASSPHRASE2}, as a second bot, account or key of the same kind is named. Without
 * its number the word is read as written ({@code token}, {@code key}); a word whose stem is no secret word
 * ({@code PORT2}, {@code MD5}, {@code SHA256}, {@code BASE64}) is left whole (thirty-third pass, probing bot and web3
 * {@code .env} files: {@code BOT_TOKEN2=changeme} gave no finding while {@code DB_PASSWORD2} did, since only a
 * misspelt password was read so). Stateless.
 */
final class NumberedSecretWords {

    private NumberedSecretWords() {
    }

    /**
     * The word without one or two trailing digits when what is left is a secret word or {@code key}/{@code keys};
     * else the word.
     *
     * @param word the key's last word, lower case, ending in a digit
     * @param secretWords the secret words
     * @return the stem or the word
     */
    static String stem(String word, Set<String> secretWords) {
        int end = word.length();
        while (end > 0 && end > word.length() - 2 && Character.isDigit(word.charAt(end - 1))) {
            end--;
        }
        if (end < 3 || end == word.length() || Character.isDigit(word.charAt(end - 1))) {
            return word;
        }
        String stem = word.substring(0, end);
        return secretWords.contains(stem) || stem.equals("key") || stem.equals("keys") ? stem : word;
    }
}
