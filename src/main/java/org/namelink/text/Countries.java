package org.namelink.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names from the KBP gazetteer in CoreNLP's models jar ({@link KbpGazetteer}), for stages
 * that must tell a country from another name (a national side from a club, "US-Iraq" from
 * "Itar-Tass").
 *
 * <p>Stateless and thread-safe; the names are loaded once, on first use.
 */
public final class Countries {

    private Countries() {
    }

    private static final class Holder {
        static final Set<String> NAMES = load();
    }

    /** Whether {@code name} (any case) is a country's name. */
    public static boolean contains(String name) {
        return Holder.NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String entry : KbpGazetteer.entries("COUNTRY")) {
            // Entries are TokensRegex patterns: "u\\.s\\." is U.S.
            names.add(entry.replace("\\.", ".").toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
