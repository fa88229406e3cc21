package org.studiokit.jpa.row;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A document (DOC-1) with its lines; totals, taxes and plan as JSON values; optimistic version (STO-3). */
@Entity
@Table(name = "sk_document")
@IdClass(RowKey.class)
public class DocumentRow {
    @Id
    String studioId;
    @Id
    long id;
    long recordNo;
    String docType;
    long clientId;
    Long sessionId;
    LocalDate docDate;
    String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sk_document_line", joinColumns = {
        @JoinColumn(name = "studio_id", referencedColumnName = "studioId"),
        @JoinColumn(name = "document_id", referencedColumnName = "id")})
    @OrderColumn(name = "line_no")
    List<LineCols> lines = new ArrayList<>();
    Long discountMinor;
    String discountPercent;
    Long shippingMinor;
    String taxCodes;
    String totals;
    long totalMinor;
    Long originalId;
    String reason;
    boolean writeOff;
    boolean depositRefund;
    LocalDate delivered;
    boolean voided;
    Long convertedTo;
    String plan;
    @Embedded
    LockCols lock;
    String createdBy;
    @Version
    long version;

    /** For the persistence provider. */
    protected DocumentRow() {
    }
}
