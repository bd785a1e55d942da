package org.namelink.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;
import org.namelink.resolution.plan.CandidateBlocks;

/**
 * The replaceable part of step 3, candidate blocks: the blocking keys of one analysed name. Two names the
 * matcher may join as spellings of each other, or as a short form and its long form, must share at
 * least one key; a name is compared only with the names filed under the rarest of its keys
 * ({@link CandidateBlocks}). Keys are looked up per type, so they need not encode it.
 *
 * <p>Implementations must be stateless or immutable, and thread-safe.
 */
@FunctionalInterface
public interface BlockingKeys {

    /**
     * The keys of a name with words that is not an acronym, distinct, in the order of the name's
     * units (the first of equally rare blocks is searched).
     */
    List<String> keys(NameForm name);

    /**
     * The default: the name's {@link NameKeys#soundKeys}, so that the romanisations, splits and
     * joins the matcher accepts as spellings share a key (Gaddafi, Kadhafi: {@code KTP}).
     */
    static BlockingKeys wordSounds() {
        return NameKeys::soundKeys;
    }
}
