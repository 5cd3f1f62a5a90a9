package dev.readiness.gates.secrets;

import java.util.List;
import java.util.Set;

/**
 * Keys that name a wallet's recovery phrase in two words: {@code SEED_PHRASE}, {@code RECOVERY_PHRASE},
 * {@code SEED_WORDS}, {@code WALLET_SEED}, {@code HD_SEED}. Whoever holds the phrase holds every key the wallet derives;
 * dApp and bot {@code .env} files keep it beside {@code PRIVATE_KEY} (thirty-third pass, probing web3 services: a
 * {@code SEED_PHRASE} of twelve stand-in words gave no finding, since only the glued {@code seedphrase} and
 * {@code mnemonic} were read as secrets). {@code seed} alone stays a word of data and randomness
 * ({@code RANDOM_SEED=42}, {@code DB_SEED=true}, {@code seed.admin.email}). Stateless.
 */
final class SeedPhraseKeys {

    private static final Set<String> BEFORE_PHRASE = Set.of("seed", "recovery", "mnemonic", "backup", "wallet");

    private static final Set<String> BEFORE_SEED = Set.of("wallet", "mnemonic", "hd", "bip39", "bip32", "recovery");

    private SeedPhraseKeys() {
    }

    /**
     * Whether the word at {@code i} ends a two-word name of a recovery phrase.
     *
     * @param words the key's words, lower case
     * @param i the word's index
     * @return {@code true} for {@code phrase} or {@code words} after {@code seed} (and the like), or {@code seed}
     *         after {@code wallet} (and the like)
     */
    static boolean named(List<String> words, int i) {
        if (i == 0) {
            return false;
        }
        String word = words.get(i);
        String before = words.get(i - 1);
        return switch (word) {
            case "phrase", "words" -> BEFORE_PHRASE.contains(before);
            case "seed" -> BEFORE_SEED.contains(before);
            default -> false;
        };
    }
}
