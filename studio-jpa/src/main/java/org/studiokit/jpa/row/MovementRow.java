package org.studiokit.jpa.row;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.MoneyMovement;
import org.studiokit.core.movement.MovementKind;

/** A money movement, with an optimistic version (STO-3). */
@Entity
@Table(name = "sk_movement")
@IdClass(RowKey.class)
public class MovementRow {
    @Id
    String studioId;
    @Id
    long id;
    long recordNo;
    String kind;
    LocalDate movementDate;
    long amountMinor;
    String currency;
    String method;
    String reference;
    String userName;
    String idempotencyKey;
    long clientId;
    Long documentId;
    Long targetId;
    Long sourceId;
    Long pairId;
    boolean voided;
    @Embedded
    LockCols lock;
    @Version
    long version;

    /** For the persistence provider. */
    protected MovementRow() {
    }

    /** Maps money movements. */
    public static final class Mapper implements RowMapper<MoneyMovement, MovementRow> {
        @Override
        public Class<MovementRow> rowClass() {
            return MovementRow.class;
        }

        @Override
        public MovementRow newRow(String studioId, MoneyMovement m) {
            MovementRow r = new MovementRow();
            r.studioId = studioId;
            r.id = m.id();
            update(r, m);
            return r;
        }

        @Override
        public boolean plain() {
            return true;
        }

        @Override
        public void insert(Connection c, MovementRow row) throws SQLException {
            NewRows.insert(c, row);
        }

        @Override
        public MovementRow find(Connection c, String studioId, long id) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("select " + RowReads.MOVEMENT_COLUMNS
                    + " from sk_movement where studio_id = ? and id = ?")) {
                s.setString(1, studioId);
                s.setLong(2, id);
                try (ResultSet r = s.executeQuery()) {
                    List<MovementRow> rows = rows(studioId, r);
                    return rows.isEmpty() ? null : rows.get(0);
                }
            }
        }

        @Override
        public List<MovementRow> rows(String studioId, ResultSet r) throws SQLException {
            return RowReads.movements(studioId, r);
        }

        @Override
        public void update(MovementRow r, MoneyMovement m) {
            r.recordNo = m.number();
            r.kind = m.kind().name();
            r.movementDate = m.date();
            r.amountMinor = m.amount().minor();
            r.currency = m.amount().currency().getCurrencyCode();
            r.method = m.method();
            r.reference = m.reference();
            r.userName = m.user();
            r.idempotencyKey = m.key();
            r.clientId = m.clientId();
            r.documentId = m.documentId();
            r.targetId = m.targetId();
            r.sourceId = m.sourceId();
            r.pairId = m.pairId();
            r.voided = m.voided();
            r.lock = LockCols.of(m.lock());
        }

        @Override
        public MoneyMovement toRecord(MovementRow r) {
            return new MoneyMovement(r.id, r.recordNo, MovementKind.valueOf(r.kind), r.movementDate,
                    Money.ofMinor(r.amountMinor, Currency.getInstance(r.currency)), r.method, r.reference, r.userName,
                    r.idempotencyKey, r.clientId, r.documentId, r.targetId, r.sourceId, r.pairId, r.voided,
                    r.lock.state());
        }

        @Override
        public String indexProperty(String index) {
            return switch (index) {
                case "document" -> "documentId";
                case "target" -> "targetId";
                case "source" -> "sourceId";
                case "client" -> "clientId";
                default -> throw RowMapper.noIndex(index);
            };
        }
    }
}
