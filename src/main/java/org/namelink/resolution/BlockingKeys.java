package org.namelink.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;

/**
 * The candidates stage's replaceable part: the blocking keys of one analysed name. Two names the
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
     * One key per comparison unit: the consonant skeleton of its last word, a final s dropped
     * (Erbil and Irbil share {@code rbl}; Guard and Guards share a block).
     */
    static BlockingKeys wordSkeletons() {
        return name -> {
            Set<String> keys = new LinkedHashSet<>();
            for (String unit : name.units()) {
                keys.add(skeletonKey(unit));
            }
            return List.copyOf(new ArrayList<>(keys));
        };
    }

    private static String skeletonKey(String unit) {
        int space = unit.lastIndexOf(' ');
        String word = space >= 0 ? unit.substring(space + 1) : unit;
        String skeleton = NameKeys.skeleton(word);
        if (skeleton.length() > 2 && skeleton.endsWith("s")) {
            skeleton = skeleton.substring(0, skeleton.length() - 1);
        }
        return skeleton.isEmpty() ? word : skeleton;
    }
}
