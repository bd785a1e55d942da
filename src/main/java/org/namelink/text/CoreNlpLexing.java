package org.namelink.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's PTB lexer, guarded against the text that makes it quadratic. Within a run of characters
 * without white space that it breaks into many tokens, the lexer looks ahead to the end of the run for
 * every token: 8,000 control characters, U+FFFD, private-use characters or emoji in a row take over ten
 * seconds, 100,000 NULs minutes. So a run longer than {@value #LONG_RUN} characters (no word or URL of
 * real text is that long) is lexed in pieces of at most that length, cut at white space where the piece
 * has some, and in it every character other than a letter, a digit, a combining mark or printable ASCII
 * (control, format, private-use and unassigned characters, symbols such as emoji, lone surrogates) is
 * read as a space: such characters give no tokens there. Offsets stay those of the original text; text
 * without such runs is lexed exactly as before.
 *
 * <p>Thread-safe: the factory only holds options; each call makes its own lexer.
 */
final class CoreNlpLexing {

    /** The longest run without white space lexed whole; cost is quadratic in it, so it stays short. */
    static final int LONG_RUN = 256;

    // Keep tokens as written (no -LRB- or `` rewriting): offsets and texts must match the original.
    // Hyphenated words stay whole; NewsTokenizer splits the ones that hold a name.
    private static final String OPTIONS = "invertible=true,ptb3Escaping=false,untokenizable=noneKeep,splitHyphenated=false";

    private final TokenizerFactory<CoreLabel> factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);

    /** The tokens of {@code part}, offsets relative to its start. */
    List<CoreLabel> tokenize(String part) {
        int run = firstLongRun(part, 0);
        if (run < 0) {
            return lex(part);
        }
        List<CoreLabel> tokens = new ArrayList<>();
        int done = 0;
        while (run >= 0) {
            int runEnd = runEnd(part, run);
            addShifted(tokens, lex(part.substring(done, run)), done);
            String safe = readable(part, run, runEnd);
            for (int p = 0; p < safe.length(); ) {
                int end = pieceEnd(safe, p);
                addShifted(tokens, lex(safe.substring(p, end)), run + p);
                p = end;
            }
            done = runEnd;
            run = firstLongRun(part, runEnd);
        }
        addShifted(tokens, lex(part.substring(done)), done);
        return tokens;
    }

    private List<CoreLabel> lex(String s) {
        return s.isEmpty() ? List.of() : factory.getTokenizer(new StringReader(s)).tokenize();
    }

    private static void addShifted(List<CoreLabel> into, List<CoreLabel> tokens, int offset) {
        for (CoreLabel t : tokens) {
            if (offset != 0) {
                t.setBeginPosition(t.beginPosition() + offset);
                t.setEndPosition(t.endPosition() + offset);
            }
            into.add(t);
        }
    }

    /** Start of the first run of more than {@link #LONG_RUN} characters without white space from {@code from}, or -1. */
    private static int firstLongRun(String s, int from) {
        int start = from;
        for (int i = from; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                start = i + 1;
            } else if (i - start >= LONG_RUN) {
                return start;
            }
        }
        return -1;
    }

    private static int runEnd(String s, int start) {
        int i = start;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The run with every character the lexer handles badly replaced by a space (same length, same offsets). */
    private static String readable(String s, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep = cp >= 0x21 && cp < 0x7F || Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            for (int k = 0; k < n; k++) {
                out[i - start + k] = keep ? s.charAt(i + k) : ' ';
            }
            i += n;
        }
        return new String(out);
    }

    /** End of the piece from {@code p}: at most {@link #LONG_RUN} characters, after white space if there is some, never inside a surrogate pair. */
    private static int pieceEnd(String s, int p) {
        int limit = p + LONG_RUN;
        if (limit >= s.length()) {
            return s.length();
        }
        for (int i = limit; i > p + LONG_RUN / 2; i--) {
            if (Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt(limit)) && Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
