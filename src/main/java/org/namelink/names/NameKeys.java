package org.namelink.names;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Blocking keys for names, so that a resolver looks up candidates instead of comparing all
 * pairs: how words sound, and initials.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * A coarse key of how a folded word sounds, equal for most romanisations of one name: its
     * {@link Romanization#symbols} with vowels, y and j dropped (j is y in half the
     * romanisations), and the consonants in classes that romanisations exchange (k/c/g/q/kh/gh/h;
     * s/z/sh/ch/ts/zh; t/d; p/b/f/v/w), runs of one class written once: Gaddafi, Kadhafi and
     * Qaddafi are all {@code KTP}; Mosul and Mawsil {@code MSL}. A w between consonants or after
     * one at the end is the vowel u of a letter-for-letter romanisation and drops out (tarwt, Tarut).
     * Empty for a word of vowels alone.
     */
    public static String soundKey(String foldedWord) {
        return soundKey(foldedWord, false);
    }

    /**
     * {@link #soundKey}, or with {@code loose} a coarser one that also writes l as r and m as n
     * and ch as kh, and drops w (a vowel in letter-for-letter romanisations of Arabic script, a
     * consonant in Slavic names; l and r one sound in Japanese and Korean; ch kh in German).
     */
    static String soundKey(String foldedWord, boolean loose) {
        return symbolsKey(Romanization.symbols(foldedWord), loose);
    }

    /** {@link #soundKey} of a word's {@link Romanization#symbols}. */
    private static String symbolsKey(String s, boolean loose) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k;
            switch (c) {
                case 'k': case 'g': case 'G': case 'X': case 'h':
                    k = 'K';
                    break;
                case 'c':
                    k = i + 1 < s.length() && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? 'S' : 'K';
                    break;
                case 'C':
                    k = loose ? 'K' : 'S';
                    break;
                case 's': case 'z': case 'S': case 'T': case 'J':
                    k = 'S';
                    break;
                case 't': case 'd':
                    k = 'T';
                    break;
                case 'w':
                    // Between consonants or after one at the end, w writes the vowel u (tarwt, Tarut).
                    k = loose || i > 0 && !Romanization.isVowelLike(s.charAt(i - 1))
                            && (i + 1 == s.length() || !Romanization.isVowelLike(s.charAt(i + 1))) ? 0 : 'P';
                    break;
                case 'p': case 'b': case 'f': case 'v':
                    k = 'P';
                    break;
                case 'l':
                    k = loose ? 'R' : 'L';
                    break;
                case 'm':
                    k = loose ? 'N' : 'M';
                    break;
                case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'j': case '\'':
                    k = 0;
                    break;
                default:
                    k = Character.toUpperCase(c);
            }
            if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
                b.append(k);
            }
        }
        return b.toString();
    }

    /**
     * The sound keys of a name: the strict {@link #soundKey} of each comparison unit's last word
     * (the word a bound particle attaches to), of each word with a fused article dropped
     * (Alhakim: {@code hakim}); a final s class dropped from a longer key, so that a plural
     * shares its singular's key; an organisation's legal form keys by its class in the default
     * {@link NameParts} (Co and Company, Ltd and Limited). Two names the matcher finds spellings of each other share at
     * least one (a word split in two, Hamid Reza and Hamidreza, is found by the words beside it). A word of vowels alone keys by itself. Distinct, in the order of the name's words.
     */
    public static List<String> soundKeys(NameForm name) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < name.units().size(); i++) {
            String unit = name.units().get(i);
            NameParts.Part part = NameParts.defaults().tag(unit, name.type());
            if (part.tag() == NameParts.Tag.LEGAL) {
                // A legal form keys by its class, as the matcher compares it: Co = Company, Ltd = Limited.
                keys.add("#" + part.key());
                continue;
            }
            String w = unit.substring(unit.lastIndexOf(' ') + 1);
            keys.add(wordKey(w, name.symbols().get(i), false));
            if (w.length() >= 6 && (w.startsWith("al") || w.startsWith("el") || w.startsWith("ul"))) {
                String rest = w.substring(2);
                keys.add(wordKey(rest, Romanization.symbols(rest), false));
            }
        }
        return List.copyOf(keys);
    }

    private static String wordKey(String word, String symbols, boolean loose) {
        String k = symbolsKey(symbols, loose);
        if (loose) {
            k = "~" + k; // a loose key never equals a strict one by chance
        }
        if (k.length() > 2 && k.endsWith("S")) {
            k = k.substring(0, k.length() - 1);
        }
        return k.isEmpty() || k.equals("~") ? "'" + word : k;
    }

    /**
     * Whether names with these {@link #soundKeys} and word counts share a key for every word of
     * the shorter name, or all but one of three or more, or when the word counts differ: the condition for the resolver to compare
     * them as spellings, and so for the matcher to join them.
     */
    public static boolean enoughKeys(List<String> keysA, List<String> keysB, int wordsA, int wordsB) {
        int shorter = Math.max(1, Math.min(wordsA, wordsB));
        // Names of different lengths may align a word with two (Hamidreza, Hamid Reza).
        int needed = Math.max(1, shorter <= 2 && wordsA == wordsB ? shorter : shorter - 1);
        int shared = 0;
        List<String> small = keysA.size() <= keysB.size() ? keysA : keysB;
        List<String> large = small == keysA ? keysB : keysA;
        for (String k : small) {
            if (large.contains(k) && ++shared >= needed) {
                return true;
            }
        }
        return false;
    }

    /** Initials of a long name: of its content words, and of all its words. */
    public static List<String> initials(NameForm name) {
        return NameMatcher.initials(name);
    }

    public static String sortedLetters(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
