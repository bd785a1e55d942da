package org.namelink.text;

import java.util.Locale;
import java.util.Set;

/**
 * Month and weekday names and their abbreviations, for stages that must tell a date from a name
 * ("May" the month from May the surname; "Jan 8 (Reuters)" is a dateline).
 *
 * <p>Stateless and thread-safe.
 */
public final class CalendarWords {

    /** Months, then days, lower case, with their usual abbreviations. */
    public static final Set<String> MONTHS_AND_DAYS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private CalendarWords() {
    }

    /** True when {@code word} (any case, an abbreviation's period allowed) names a month or a weekday. */
    public static boolean isMonthOrDay(String word) {
        java.util.Objects.requireNonNull(word, "word");
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT));
    }
}
