package org.namelink.pipeline;

import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.namelink.resolution.Entity;

/** Domain assertions: {@code assertThat(corpus).entity("Erbil").hasVariants("Irbil", "Arbil")}. */
public final class CorpusAssert extends AbstractAssert<CorpusAssert, Corpus> {

    private CorpusAssert(Corpus actual) {
        super(actual, CorpusAssert.class);
    }

    public static CorpusAssert assertThat(Corpus corpus) {
        return new CorpusAssert(corpus);
    }

    /** The entity with this canonical name or variant; fails if there is none. */
    public EntityAssert entity(String nameOrVariant) {
        isNotNull();
        Optional<Entity> e = actual.entity(nameOrVariant);
        if (e.isEmpty()) {
            failWithMessage("expected an entity named or spelled <%s>, but there is none", nameOrVariant);
        }
        return new EntityAssert(actual, e.orElseThrow());
    }

    /** Assertions on one entity of a corpus. */
    public static final class EntityAssert extends AbstractAssert<EntityAssert, Entity> {
        private final Corpus corpus;

        private EntityAssert(Corpus corpus, Entity actual) {
            super(actual, EntityAssert.class);
            this.corpus = corpus;
        }

        public EntityAssert hasVariants(String... variants) {
            Assertions.assertThat(actual.variants()).as("variants of %s", actual.name()).contains(variants);
            return this;
        }

        public EntityAssert hasName(String name) {
            Assertions.assertThat(actual.name()).as("canonical name of %s", actual.variants()).isEqualTo(name);
            return this;
        }

        public EntityAssert isApartFrom(String other) {
            Optional<Entity> o = corpus.entity(other);
            if (o.isEmpty()) {
                failWithMessage("expected an entity named or spelled <%s>, but there is none", other);
            }
            if (o.orElseThrow().id().equals(actual.id())) {
                failWithMessage("expected <%s> and <%s> to be different entities, but both are %s %s",
                        actual.name(), other, actual.id(), actual.variants());
            }
            return this;
        }
    }
}
