package org.studiokit.jpa.row;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;

/** A production order (PRD-1) with its status history. */
@Entity
@Table(name = "sk_production_order")
@IdClass(RowKey.class)
public class OrderRow {
    @Id
    String studioId;
    @Id
    long id;
    long recordNo;
    long documentId;
    String vendor;
    String kind;
    String orderType;
    String status;
    String heldAt;
    LocalDate due;
    String notes;
    String vendorNotes;
    boolean voided;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sk_order_history", joinColumns = {
        @JoinColumn(name = "studio_id", referencedColumnName = "studioId"),
        @JoinColumn(name = "order_id", referencedColumnName = "id")})
    @OrderColumn(name = "change_no")
    List<ChangeCols> history = new ArrayList<>();

    /** For the persistence provider. */
    protected OrderRow() {
    }

    /** Maps production orders; history rows are only ever appended. */
    public static final class Mapper implements RowMapper<ProductionOrder, OrderRow> {
        @Override
        public Class<OrderRow> rowClass() {
            return OrderRow.class;
        }

        @Override
        public OrderRow newRow(String studioId, ProductionOrder o) {
            OrderRow r = new OrderRow();
            r.studioId = studioId;
            r.id = o.id();
            update(r, o);
            return r;
        }

        @Override
        public void update(OrderRow r, ProductionOrder o) {
            r.recordNo = o.number();
            r.documentId = o.documentId();
            r.vendor = o.vendor();
            r.kind = o.kind().name();
            r.orderType = o.type();
            r.status = o.status();
            r.heldAt = o.heldAt();
            r.due = o.due();
            r.notes = o.notes();
            r.vendorNotes = o.vendorNotes();
            r.voided = o.voided();
            List<StatusChange> stored = r.history.stream().map(ChangeCols::change).toList();
            if (o.history().size() >= stored.size() && o.history().subList(0, stored.size()).equals(stored)) {
                o.history().subList(stored.size(), o.history().size()).forEach(c -> r.history.add(ChangeCols.of(c)));
            } else {
                r.history.clear();
                o.history().forEach(c -> r.history.add(ChangeCols.of(c)));
            }
        }

        @Override
        public ProductionOrder toRecord(OrderRow r) {
            return new ProductionOrder(r.id, r.recordNo, r.documentId, r.vendor, OrderKind.valueOf(r.kind),
                    r.orderType, r.status, r.heldAt, r.due, r.notes, r.vendorNotes, r.voided,
                    r.history.stream().map(ChangeCols::change).toList());
        }

        @Override
        public String fetch() {
            return " left join fetch r.history";
        }

        @Override
        public String indexProperty(String index) {
            if (index.equals("document")) {
                return "documentId";
            }
            throw RowMapper.noIndex(index);
        }
    }
}
