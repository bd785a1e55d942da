package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class LabeledMentionTest {

    @Test
    void keepsItsValues() {
        LabeledMention m = new LabeledMention("doc", new Span(3, 7), EntityType.PERSON, "Q1");
        assertThat(m.documentId()).isEqualTo("doc");
        assertThat(m.span()).isEqualTo(new Span(3, 7));
        assertThat(m.type()).isEqualTo(EntityType.PERSON);
        assertThat(m.entity()).isEqualTo("Q1");
    }

    @Test
    void rejectsBlankOrNullParts() {
        Span span = new Span(0, 1);
        assertThatThrownBy(() -> new LabeledMention(" ", span, EntityType.PERSON, "e"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentId");
        assertThatThrownBy(() -> new LabeledMention(null, span, EntityType.PERSON, "e"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentId");
        assertThatThrownBy(() -> new LabeledMention("d", span, EntityType.PERSON, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entity");
        assertThatThrownBy(() -> new LabeledMention("d", null, EntityType.PERSON, "e"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("span");
        assertThatThrownBy(() -> new LabeledMention("d", span, null, "e"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
    }

    @Test
    void documentsCheckTheirMentions() {
        LabeledMention inOther = new LabeledMention("other", new Span(0, 2), EntityType.LOCATION, "x");
        assertThatThrownBy(() -> new ConllDocument("doc", "abc", List.of(inOther)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'doc'").hasMessageContaining("'other'");
        LabeledMention tooLong = new LabeledMention("doc", new Span(0, 4), EntityType.LOCATION, "x");
        assertThatThrownBy(() -> new AidaDocument("doc", "abc", List.of(tooLong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 3");
        assertThatThrownBy(() -> new AidaDocument("", "abc", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }

    @Test
    void documentsCopyTheirMentions() {
        List<LabeledMention> mentions = new java.util.ArrayList<>();
        mentions.add(new LabeledMention("doc", new Span(0, 2), EntityType.LOCATION, "x"));
        ConllDocument document = new ConllDocument("doc", "abc", mentions);
        mentions.clear();
        assertThat(document.mentions()).hasSize(1);
        assertThatThrownBy(() -> document.mentions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
