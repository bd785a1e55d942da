package org.namelink.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.namelink.text.AnalyzedText;

/**
 * Corrects a mention's type from the words around it, as a careful reader would:
 * "X air base", "X province" are places; "Mr X", "Dr X" are people; "X news agency" is an
 * organisation. Dropped: "Operation X" (an operation, not a person), a name inside an event's name
 * ("Hong Kong Open", "Fed Cup": the event is no place or organisation), a department inside a title
 * ("Secretary of State", "Defense Secretary"), mentions without a capital letter, and, unless
 * kept on purpose, mentions in web-page chrome.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContextTypeRules implements MentionStage {

    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^[\\s\u00A0]*(?:air\\s*base|airbase|military\\s+base|base|province|governorate|airfield|air\\s+field)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_INSIDE = Pattern.compile(
            "\\s(?:air\\s*base|airbase|province|governorate|airfield)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANIZATION_AFTER = Pattern.compile(
            "^[\\s\u00A0]*(?:news\\s+agency|agency|militia|party)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_BEFORE = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Dr|Mister)\\.?[\\s\u00A0]+$");
    private static final Pattern OPERATION_BEFORE = Pattern.compile("\\b(?:Operation|codenamed|code-named)[\\s\u00A0]+$");
    /** Departments named inside a title: "Secretary of State", "Defense Secretary" are no organisations. */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:State|Defen[cs]e|Treasury|Justice|Commerce|Energy|Interior|Labou?r|Agriculture|Education|Health|"
                    + "Transportation|Homeland Security|Foreign Affairs|Home|War|Navy)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "\\b(?:Secretary|Minister|Secretaries|Ministers|Undersecretary)\\s+(?:of|for)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A name before an event noun is part of an event's name: "Hong Kong Open", "Fed Cup", "Berlin Grand Prix". */
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "^[ \t\u00A0]+(?:(?:Open|OPEN)(?![ \t\u00A0]+(?i:to|for|up|with|about|than)\\b)|Cup|CUP|Grand Prix|GRAND PRIX|Championships?|CHAMPIONSHIPS?|Masters|MASTERS"
                    + "|Classic|CLASSIC|Trophy|TROPHY|Games|GAMES|Marathon|MARATHON|Invitational|INVITATIONAL)\\b");
    private static final Pattern TITLE_AFTER = Pattern.compile("^\\s+(?:Secretary|Minister)\\b");

    private final boolean keepChrome;

    private ContextTypeRules(boolean keepChrome) {
        this.keepChrome = keepChrome;
    }

    /** Drops mentions in page chrome. */
    public static ContextTypeRules standard() {
        return new ContextTypeRules(false);
    }

    /** Keeps mentions in page chrome. */
    public static ContextTypeRules keepingChrome() {
        return new ContextTypeRules(true);
    }

    @Override
    public List<Mention> apply(AnalyzedText analyzed, List<Mention> mentions) {
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!keepChrome && analyzed.isChrome(m.span())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
            if (OPERATION_BEFORE.matcher(before).find() || !hasCapitalOrDigit(m.text())
                    || EVENT_AFTER.matcher(after).find()) {
                continue;
            }
            if (m.type() == EntityType.ORGANIZATION && DEPARTMENT.matcher(m.text()).find()
                    && (TITLE_BEFORE.matcher(before).find()
                    || TITLE_AFTER.matcher(after).find() && m.text().indexOf(' ') < 0)) {
                continue;
            }
            EntityType type = m.type();
            if (PLACE_AFTER.matcher(after).find() && !isAgencyName(after) || PLACE_INSIDE.matcher(m.text()).find()) {
                type = EntityType.LOCATION;
            } else if (ORGANIZATION_AFTER.matcher(after).find()) {
                type = EntityType.ORGANIZATION;
            } else if (PERSON_BEFORE.matcher(before).find()) {
                type = EntityType.PERSON;
            }
            out.add(type == m.type() ? m : m.withType(type));
        }
        return out;
    }

    private static boolean hasCapitalOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAgencyName(String after) {
        Matcher m = PLACE_AFTER.matcher(after);
        return m.find() && after.substring(m.end()).toLowerCase(Locale.ROOT).startsWith(" agency");
    }
}
