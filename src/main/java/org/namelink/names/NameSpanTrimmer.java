package org.namelink.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionStage;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Span;

/**
 * Trims a mention's span to the name proper: "Ayatollah Ali Khamenei's" becomes "Ali Khamenei"
 * (titles of persons, a leading "the", possessives), as CoNLL-style annotation marks names.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameSpanTrimmer implements MentionStage {

    private final NameAnalyzer analyzer;

    private NameSpanTrimmer(NameAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static NameSpanTrimmer create(NameAnalyzer analyzer) {
        return new NameSpanTrimmer(Objects.requireNonNull(analyzer, "analyzer"));
    }

    @Override
    public List<Mention> apply(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            NameForm form = analyzer.analyze(m.text(), m.type());
            if (form.isEmpty() || form.displayStart() >= form.displayEnd()) {
                continue; // nothing but a title or a determiner: not a name
            }
            if (form.displayStart() == 0 && form.displayEnd() == m.text().length()) {
                out.add(m);
            } else {
                Span span = new Span(m.start() + form.displayStart(), m.start() + form.displayEnd());
                out.add(Mention.of(text.text(), span, m.type(), m.source()));
            }
        }
        return out;
    }
}
