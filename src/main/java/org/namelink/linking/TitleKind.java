package org.namelink.linking;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.namelink.text.KbpGazetteer;

/**
 * What kind of thing a Wikipedia article is about, read from its title alone: its own words
 * ("national football team", "F.C.", "(city)", "County", "River", "University", "Party"), its
 * disambiguation in parentheses ("(footballer)", "(film)") and the KBP gazetteer's countries and
 * states. Most titles say nothing ({@link #UNKNOWN}): a person's article is titled with the name only.
 *
 * <p>Immutable and thread-safe.
 */
enum TitleKind {
    PERSON, LOCATION, ORGANIZATION, TEAM,
    /** Works, events, ships, lists, disambiguation pages: nothing a name in the news is linked to. */
    OTHER,
    UNKNOWN;

    private static final Pattern TEAM_WORDS = Pattern.compile(
            "\\b(national (\\w+ )*team|(\\w+ )?team|f\\.c\\.|a\\.f\\.c\\.|c\\.f\\.|fc|afc|s\\.c\\.|cricket club|football club"
                    + "|rugby (union |league )?club|hockey club|basketball club)(?!\\w)|\\((football|soccer|rugby|cricket|basketball|"
                    + "hockey|baseball) (club|team)\\)");
    private static final Pattern ORGANIZATION_WORDS = Pattern.compile(
            "\\b(university|party|company|corporation|inc\\.?|ltd\\.?|plc|bank|agency|ministry|department|council|"
                    + "committee|association|federation|organization|organisation|institute|airlines?|airways|army|"
                    + "navy|air force|police|court|parliament|assembly|league|church|school|college|hospital|group|"
                    + "newspaper|news|times|post|press|records|foundation|front|movement|brigades?|corps|guard|"
                    + "commission|office|service|exchange|union|congress|senate|government|forces?)(?!\\w)"
                    + "|\\((company|newspaper|organization|band|magazine|political party)\\)");
    private static final Pattern LOCATION_WORDS = Pattern.compile(
            "\\b(county|river|province|governorate|district|island|islands|mountains?|mount|lake|city|state|region|"
                    + "valley|desert|sea|ocean|bay|peninsula|air base|airport|base|square|street|village|town|"
                    + "municipality|prefecture|oblast|canton|department of [a-z]+|kingdom|republic|emirate"
                    // A river's bank, not a bank: a compass word before an organisation's word.
                    + "|(west|east|north|south|left|right) bank)\\b"
                    + "|\\((city|town|village|state|country|region|province|county|river|island|district|"
                    + "[a-z ]*(city|state|county|country))\\)");
    private static final Pattern PERSON_WORDS = Pattern.compile(
            "\\(([a-z ]*(player|footballer|cricketer|politician|actor|actress|singer|musician|writer|author|boxer|"
                    + "athlete|journalist|businessman|businesswoman|general|bishop|driver|cyclist|golfer|jockey|coach|"
                    + "manager|judge|diplomat|official|economist|minister|president|king|queen|rapper|artist|"
                    + "wrestler|swimmer|runner|skier|skater|sprinter|tennis|rower|sailor|admiral|officer|lawyer|"
                    + "priest|cleric|ayatollah|commander|soldier|activist|scientist|historian|composer|director|"
                    + "producer|presenter|broadcaster|model|designer|architect|engineer|philosopher|poet))"
                    + "( born \\d+)?\\)|\\(born \\d+\\)|\\(\\d{4}[-–]\\d{4}\\)");
    /** Parentheses and first words that make a title a work, ship, list, operation or event outright. */
    private static final Pattern OTHER_MARKS = Pattern.compile(
            "\\((disambiguation|name|surname|given name|film|album|song|novel|book|play|tv series|series|"
                    + "video game|game|ship|play|opera|painting|magazine issue|single|ep|musical|[a-z ]*film)\\)"
                    + "|^(list of|lists of|uss|hms|sms|hmas|hmcs|ins|mv|ss|rms|operation|battle|siege|treaty) |^\\d{4} ");
    /**
     * Words of events and documents. A title with one is a work or event unless its head word is an
     * organisation's or a place's ({@link #isOther}), so that an army named for a revolution stays an
     * organisation.
     */
    private static final String OTHER_WORDS = "war|battle|election|massacre|attack|bombing|crisis|treaty|accord|"
            + "agreement|cup|championship|championships|olympics|games|tournament|open|season|prix|festival|awards?|"
            + "prize|incident|affair|scandal|revolution|uprising|operation|campaign|act|law|ship|constitution|"
            + "resolution|declaration";
    private static final Pattern OTHER_ANYWHERE = Pattern.compile("\\b(" + OTHER_WORDS + ")\\b");

    /** A division of a country's territory ("Velmora Province", "Tessa County"), by its title's words. */
    private static final Pattern SUBDIVISION_WORDS = Pattern.compile(
            "\\b(province|governorate|county|district|oblast|prefecture|canton|municipality|voivodeship)\\b"
                    + "|\\((province|county|district|governorate|prefecture|municipality)\\)");

    /** Titles the gazetteer lists as countries, states or provinces, in lower case with spaces. */
    private static final class Places {
        static final Set<String> NAMES = places();
    }

    /** Titles the gazetteer lists as countries, in lower case with spaces. */
    private static final class Countries {
        static final Set<String> NAMES = places(List.of("COUNTRY"));
    }

    private static Set<String> places() {
        return places(List.of("COUNTRY", "STATE_OR_PROVINCE"));
    }

    private static Set<String> places(List<String> classes) {
        java.util.HashSet<String> names = new java.util.HashSet<>();
        for (String c : classes) {
            for (String entry : KbpGazetteer.entries(c)) {
                names.add(entry.replace("\\", "").toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Words a proper name's title may write in lower case after its first word: particles and
     * function words ("Rio de Janeiro", "Frankfurt am Main", "Osama bin Laden", "Bay of Biscay").
     */
    private static final Set<String> LOWER_CASE_NAME_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at",
            "to", "a", "an", "by", "upon", "with", "from", "under", "over", "de", "del", "della", "delle", "dello",
            "degli", "des", "du", "da", "das", "do", "dos", "di", "la", "le", "les", "los", "las", "el", "al", "sul",
            "nel", "van", "von", "der", "den", "ter", "ten", "aan", "op", "zu", "zum", "zur", "am", "im",
            "ob", "vor", "bei", "auf", "unter", "y", "e", "i", "et", "und", "och", "bin", "ibn", "bint", "ben");

    /** The kind of the article {@code title} (underscores or spaces). */
    static TitleKind of(String title) {
        Objects.requireNonNull(title, "title");
        String t = title.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        if (PERSON_WORDS.matcher(t).find()) {
            return PERSON;
        }
        if (TEAM_WORDS.matcher(t).find()) {
            return TEAM; // "X national football team": a side's title writes its words in lower case
        }
        if (isCommonNoun(title) || isOther(t)) {
            return OTHER;
        }
        if (LOCATION_WORDS.matcher(t).find() || isListedPlace(t) || t.matches("[^,()]+, [^,()]+")) {
            return LOCATION; // "Paris, Texas": a place and where it is
        }
        if (ORGANIZATION_WORDS.matcher(t).find()) {
            return ORGANIZATION;
        }
        return UNKNOWN;
    }

    /**
     * Whether a place's article is about a division of a country's territory (a province, a county, a
     * district), by its title's words: such a place rarely stands for an organisation, where a country
     * or a capital stands for its government. Any title may be asked; only a place's has these words.
     */
    static boolean isSubdivision(String title) {
        Objects.requireNonNull(title, "title");
        return SUBDIVISION_WORDS.matcher(title.replace('_', ' ').toLowerCase(Locale.ROOT)).find();
    }

    /** What part of the world a place's article is, for an organisation named like it ({@link #territory}). */
    enum Territory {
        /** A country the KBP gazetteer lists: it stands for its state and government. */
        COUNTRY,
        /** A province, county, district...: {@link #isSubdivision}. */
        SUBDIVISION,
        NONE
    }

    /** The territory a title names: a country by the KBP gazetteer, a subdivision by its words, else none. */
    static Territory territory(String title) {
        if (isSubdivision(title)) {
            return Territory.SUBDIVISION;
        }
        try {
            return Countries.NAMES.contains(title.replace('_', ' ').toLowerCase(Locale.ROOT).strip())
                    ? Territory.COUNTRY : Territory.NONE;
        } catch (RuntimeException | ExceptionInInitializerError e) {
            return Territory.NONE; // no KBP gazetteer on the class path
        }
    }

    /**
     * A common noun's article, not a name's: a word after the first written in lower case that is
     * no particle or function word ("Islamic state", "Prime minister", "United States dollar");
     * Wikipedia capitalises every word of a proper name's title but these. Words with a hyphen or an
     * apostrophe ("al-Asad", "d'Ivoire") and the parenthesis are not read.
     */
    static boolean isCommonNoun(String title) {
        int paren = title.indexOf('(');
        String t = paren < 0 ? title : title.substring(0, paren);
        int word = 0;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '_' || t.charAt(i) == ' ') {
                if (i > start && word++ > 0 && isLowerCaseWord(t, start, i)
                        && !LOWER_CASE_NAME_WORDS.contains(t.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Letters only, the first in lower case. */
    private static boolean isLowerCaseWord(String t, int start, int end) {
        if (!Character.isLowerCase(t.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A work, event or document: marked so, headed by an event's word ("Gulf War", "Constitution of
     * X"), or naming one ("Casualties of the X War") unless its head is an organisation's or a
     * place's word ("Army of the Guardians of the Islamic Revolution").
     */
    private static boolean isOther(String t) {
        if (OTHER_MARKS.matcher(t).find()) {
            return true;
        }
        // An event's word as the head is covered too: no event word is an organisation's or a place's.
        String head = head(t);
        return OTHER_ANYWHERE.matcher(t).find() && !ORGANIZATION_WORDS.matcher(head).find()
                && !LOCATION_WORDS.matcher(head).find();
    }

    /**
     * A title's head word, as English puts it: the last word before "of" ("Army of the Guardians
     * of the Islamic Revolution": army), else the last word, parentheses left out.
     */
    static String head(String lowerTitle) {
        String s = lowerTitle.replaceAll("\\s*\\([^)]*\\)", "");
        int of = s.indexOf(" of ");
        if (of > 0) {
            s = s.substring(0, of);
        }
        s = s.strip();
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static boolean isListedPlace(String lowerTitle) {
        try {
            return Places.NAMES.contains(lowerTitle);
        } catch (RuntimeException | ExceptionInInitializerError e) {
            return false; // no KBP gazetteer on the class path: the title's words alone
        }
    }
}
