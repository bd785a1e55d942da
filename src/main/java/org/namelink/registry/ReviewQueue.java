package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.NearMiss;

/**
 * The SQL of the registry's review queue (table {@code review_pair}): near misses recorded once per
 * pair of name groups, whatever later batches find, so a reviewed pair never comes back.
 *
 * <p>Stateless; used inside the registry's transactions, on its thread.
 */
final class ReviewQueue {

    private static final String COLUMNS = "r.id, r.type, r.name_a, r.name_b, r.group_a, r.group_b, r.score, "
            + "r.threshold, r.joined, r.explanation, r.batch_id, r.status, ga.entity_id, gb.entity_id";
    private static final String FROM = " FROM review_pair r JOIN name_group ga ON ga.group_key = r.group_a "
            + "JOIN name_group gb ON gb.group_key = r.group_b";

    private ReviewQueue() {
    }

    /**
     * Records a near miss of batch {@code batch} unless its pair is in the queue already.
     *
     * @return the pair as the queue holds it: pending or reviewed before
     */
    static Optional<ReviewPair> record(Connection c, NearMiss m, long batch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO review_pair(group_a, group_b, type, "
                + "name_a, name_b, score, threshold, joined, explanation, batch_id, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')")) {
            p.setString(1, m.groupKeyA());
            p.setString(2, m.groupKeyB());
            p.setString(3, m.type().name());
            p.setString(4, m.nameA());
            p.setString(5, m.nameB());
            p.setDouble(6, m.score());
            p.setDouble(7, m.threshold());
            p.setInt(8, m.joined() ? 1 : 0);
            p.setString(9, m.explanation());
            p.setLong(10, batch);
            p.executeUpdate();
        }
        List<ReviewPair> found = query(c, " WHERE r.group_a = ? AND r.group_b = ?", m.groupKeyA(), m.groupKeyB());
        return found.stream().findFirst();
    }

    /** The pending pairs, closest to the threshold first, then in order of recording. */
    static List<ReviewPair> pending(Connection c) throws SQLException {
        return query(c, " WHERE r.status = 'pending' ORDER BY abs(r.score - r.threshold), r.id");
    }

    /** The pair numbered {@code number}. */
    static Optional<ReviewPair> pair(Connection c, long number) throws SQLException {
        return query(c, " WHERE r.id = ?", number).stream().findFirst();
    }

    static void setStatus(Connection c, long number, ReviewPair.Status status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE review_pair SET status = ? WHERE id = ?")) {
            p.setString(1, status.name().toLowerCase(Locale.ROOT));
            p.setLong(2, number);
            p.executeUpdate();
        }
    }

    private static List<ReviewPair> query(Connection c, String where, Object... args) throws SQLException {
        List<ReviewPair> pairs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + FROM + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String a = EntityRegistry.publicId(r.getLong(13));
                    String b = EntityRegistry.publicId(r.getLong(14));
                    NearMiss m = new NearMiss(EntityType.valueOf(r.getString(2)), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getDouble(7), r.getDouble(8), r.getInt(9) == 1,
                            r.getString(10), Optional.of(a), Optional.of(b), List.of(), List.of());
                    pairs.add(new ReviewPair(r.getLong(1), m, a, b, r.getLong(11),
                            ReviewPair.Status.valueOf(r.getString(12).toUpperCase(Locale.ROOT))));
                }
            }
        }
        return pairs;
    }
}
