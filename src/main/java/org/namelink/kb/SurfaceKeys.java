package org.namelink.kb;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.NameForm;
import org.namelink.names.TitleLexicon;

/**
 * The key a surface string is filed under: the matcher's own comparison key ({@link NameForm#key()}),
 * so the dictionary's strings fold exactly as the matcher folds names (case, diacritics, other
 * scripts, apostrophes, a leading "the", a possessive, al-/el- particles). The dictionary's surfaces
 * have no type, so they are analysed as organisations, the type whose analysis strips nothing
 * type-specific (no person's titles, no place designators); a typed name looks up its own key.
 *
 * <p>Immutable and thread-safe.
 */
final class SurfaceKeys {

    /**
     * Made-up strings whose keys change when the folding does: an index built otherwise is stale. Latin
     * script only: ICU loads each other script's transliterator on first use (Han's takes a second),
     * which opening should not pay.
     */
    private static final List<String> PROBES = List.of("Zorvath al-Minu Air Base", "Brünhild Østergaard's",
            "The Ploverites", "O’Tanney", "Abdel-Qarim bin Tuvalo", "U.N.", "ÉCOLE Ñandú", "Ibn  Quzal\u200Bi",
            "Thal'ar el Rhune", "Ŀlobet Łęczyca Ðorđe");

    private final NameAnalyzer analyzer = NameAnalyzer.create(TitleLexicon.of(List.of()));

    /** The folded key of {@code surface}; empty when nothing in it can be compared (punctuation only). */
    String key(String surface) {
        return analyzer.analyze(surface, EntityType.ORGANIZATION).key();
    }

    static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** A checksum of the probes' keys, kept in the index: equal when the folding is unchanged. */
    long fingerprint() {
        CRC32 crc = new CRC32();
        for (String probe : PROBES) {
            crc.update(utf8(key(probe)));
            crc.update(0);
        }
        return crc.getValue();
    }
}
