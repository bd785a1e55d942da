package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatcher;

/**
 * What the short-form test reads of a block's members before it compares their words, computed
 * once per block for all the short forms that search it (step 4): each member's
 * {@link PairDecisions#shape} and the number of its last word among the block's distinct last
 * words. A short form then passes over the members that cannot be its long form, and asks
 * {@link NameMatcher#headAligns} once per distinct last word instead of once per member: a one-word
 * name searches a block of every name its word sounds like, and reading each member there was most
 * of the short-form step.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShortFormBlock {

    private final int[] shapes;
    private final int[] heads;
    /** For each distinct last word, the first member's name that ends with it. */
    private final List<NameForm> headForms;

    private ShortFormBlock(int[] shapes, int[] heads, List<NameForm> headForms) {
        this.shapes = shapes;
        this.heads = heads;
        this.headForms = headForms;
    }

    /** The shapes and last words of {@code block}'s members, in block order. */
    public static ShortFormBlock of(List<? extends ResolutionPlan.Candidate> block) {
        int[] shapes = new int[block.size()];
        int[] heads = new int[block.size()];
        List<NameForm> headForms = new ArrayList<>();
        Map<String, Integer> headIds = new HashMap<>();
        for (int i = 0; i < shapes.length; i++) {
            NameGroup g = block.get(i).name();
            shapes[i] = PairDecisions.shape(g);
            NameForm form = g.form();
            int last = form.units().size() - 1;
            // headAligns reads a last unit and its symbols: members alike in both share its answer.
            String head = last < 0 ? "" : form.units().get(last) + '\u0000' + form.symbols().get(last);
            Integer id = headIds.get(head);
            if (id == null) {
                id = headForms.size();
                headIds.put(head, id);
                headForms.add(form);
            }
            heads[i] = id;
        }
        return new ShortFormBlock(shapes, heads, List.copyOf(headForms));
    }

    /** Members in the block. */
    public int size() {
        return shapes.length;
    }

    /**
     * The members of the block that may be long forms of {@code shortForm} by what this block
     * holds: of its sense, longer ({@link PairDecisions#mayBeShortFormOf}) and ending with a word the
     * short form's head is ({@link NameMatcher#headAligns}). The others are no long form of it.
     *
     * @return their indices in block order
     */
    int[] mayBeLongFormsOf(NameGroup shortForm) {
        int shape = PairDecisions.shape(shortForm);
        byte[] headFits = new byte[headForms.size()]; // 0 not asked yet, 1 aligns, -1 does not
        int[] out = new int[shapes.length];
        int n = 0;
        for (int i = 0; i < shapes.length; i++) {
            if (!PairDecisions.mayBeShortFormOf(shape, shapes[i], shortForm.type())) {
                continue;
            }
            int h = heads[i];
            if (headFits[h] == 0) {
                headFits[h] = (byte) (NameMatcher.headAligns(shortForm.form(), headForms.get(h)) ? 1 : -1);
            }
            if (headFits[h] > 0) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
