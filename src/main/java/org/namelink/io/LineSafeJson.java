package org.namelink.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON written so that each line stays one line for any reader: besides what JSON itself escapes
 * (the C0 control characters, among them {@code \n}, {@code \r}, vertical tab and form feed), the
 * other line separators of Unicode, NEL (U+0085), U+2028 and U+2029, are written as {@code \}{@code u}
 * escapes. JSON allows them raw, but JavaScript before ES2019, line-oriented tools and readers that
 * split at every Unicode line break would cut a JSON Lines record in two.
 *
 * <p>Thread-safe: the factories are configured once and never changed.
 */
public final class LineSafeJson {

    private static final LineSeparatorEscapes ESCAPES = new LineSeparatorEscapes();

    private LineSafeJson() {
    }

    /** A new factory whose generators escape every line separator in strings and names. */
    public static JsonFactory factory() {
        return new JsonFactoryBuilder().characterEscapes(ESCAPES).build();
    }

    /** The standard escapes, and NEL, U+2028 and U+2029 as {@code \}{@code u} escapes. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x85 -> new SerializedString("\\u0085");
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
