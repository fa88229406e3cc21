-- StudioKit schema v1 (mariadb): written by src/build/schema.py; every key starts with studio_id.

CREATE TABLE sk_studio (
    studio_id VARCHAR(64) NOT NULL,
    settings LONGTEXT NOT NULL,
    lock_date DATE,
    PRIMARY KEY (studio_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_sequence (
    studio_id VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    next_value BIGINT NOT NULL,
    PRIMARY KEY (studio_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_client (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    name LONGTEXT NOT NULL,
    email LONGTEXT,
    phone LONGTEXT,
    quick_sale BOOLEAN NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_client_record_no ON sk_client (studio_id, record_no);

CREATE TABLE sk_session (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    session_type LONGTEXT NOT NULL,
    session_date DATE NOT NULL,
    photographer LONGTEXT,
    status LONGTEXT,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_session_record_no ON sk_session (studio_id, record_no);
CREATE INDEX ix_sk_session_client_id ON sk_session (studio_id, client_id);

CREATE TABLE sk_document (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    doc_type VARCHAR(64) NOT NULL,
    client_id BIGINT NOT NULL,
    session_id BIGINT,
    doc_date DATE NOT NULL,
    currency VARCHAR(64) NOT NULL,
    discount_minor BIGINT,
    discount_percent VARCHAR(64),
    shipping_minor BIGINT,
    tax_codes LONGTEXT,
    totals LONGTEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    original_id BIGINT,
    reason LONGTEXT,
    write_off BOOLEAN NOT NULL,
    deposit_refund BOOLEAN NOT NULL,
    delivered DATE,
    voided BOOLEAN NOT NULL,
    converted_to BIGINT,
    plan LONGTEXT,
    lock_batch BIGINT NOT NULL,
    lock_unlocked BOOLEAN NOT NULL,
    lock_unlocked_by LONGTEXT,
    lock_reason LONGTEXT,
    created_by LONGTEXT,
    version BIGINT NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_document_record_no ON sk_document (studio_id, record_no);
CREATE INDEX ix_sk_document_client_id ON sk_document (studio_id, client_id);
CREATE INDEX ix_sk_document_original_id ON sk_document (studio_id, original_id);
CREATE INDEX ix_sk_document_doc_date ON sk_document (studio_id, doc_date);
CREATE INDEX ix_sk_document_lock_batch ON sk_document (studio_id, lock_batch);

CREATE TABLE sk_document_line (
    studio_id VARCHAR(64) NOT NULL,
    document_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    item LONGTEXT NOT NULL,
    description LONGTEXT,
    category LONGTEXT,
    account LONGTEXT,
    quantity BIGINT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    discount_minor BIGINT,
    discount_percent VARCHAR(64),
    tax_codes LONGTEXT,
    PRIMARY KEY (studio_id, document_id, line_no),
    CONSTRAINT fk_sk_document_line FOREIGN KEY (studio_id, document_id) REFERENCES sk_document (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_movement (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    kind VARCHAR(64) NOT NULL,
    movement_date DATE NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    method LONGTEXT,
    reference LONGTEXT,
    user_name LONGTEXT,
    idempotency_key LONGTEXT,
    client_id BIGINT NOT NULL,
    document_id BIGINT,
    target_id BIGINT,
    source_id BIGINT,
    pair_id BIGINT,
    voided BOOLEAN NOT NULL,
    lock_batch BIGINT NOT NULL,
    lock_unlocked BOOLEAN NOT NULL,
    lock_unlocked_by LONGTEXT,
    lock_reason LONGTEXT,
    version BIGINT NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_movement_record_no ON sk_movement (studio_id, record_no);
CREATE INDEX ix_sk_movement_document_id ON sk_movement (studio_id, document_id);
CREATE INDEX ix_sk_movement_target_id ON sk_movement (studio_id, target_id);
CREATE INDEX ix_sk_movement_source_id ON sk_movement (studio_id, source_id);
CREATE INDEX ix_sk_movement_client_id ON sk_movement (studio_id, client_id);
CREATE INDEX ix_sk_movement_movement_date ON sk_movement (studio_id, movement_date);
CREATE INDEX ix_sk_movement_lock_batch ON sk_movement (studio_id, lock_batch);

CREATE TABLE sk_production_order (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    vendor LONGTEXT,
    kind VARCHAR(64) NOT NULL,
    order_type LONGTEXT NOT NULL,
    status LONGTEXT NOT NULL,
    held_at LONGTEXT,
    due DATE,
    notes LONGTEXT,
    vendor_notes LONGTEXT,
    voided BOOLEAN NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_production_order_record_no ON sk_production_order (studio_id, record_no);
CREATE INDEX ix_sk_production_order_document_id ON sk_production_order (studio_id, document_id);

CREATE TABLE sk_order_history (
    studio_id VARCHAR(64) NOT NULL,
    order_id BIGINT NOT NULL,
    change_no INT NOT NULL,
    from_status LONGTEXT,
    to_status LONGTEXT,
    at_second BIGINT NOT NULL,
    at_nano INT NOT NULL,
    changed_by LONGTEXT,
    change_source VARCHAR(64),
    PRIMARY KEY (studio_id, order_id, change_no),
    CONSTRAINT fk_sk_order_history FOREIGN KEY (studio_id, order_id) REFERENCES sk_production_order (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_audit (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    at_second BIGINT NOT NULL,
    at_nano INT NOT NULL,
    actor LONGTEXT,
    action LONGTEXT,
    record_label LONGTEXT,
    before_text LONGTEXT,
    after_text LONGTEXT,
    previous_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_idempotency (
    studio_id VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    key_text LONGTEXT NOT NULL,
    command LONGTEXT NOT NULL,
    fingerprint LONGTEXT NOT NULL,
    result_type LONGTEXT,
    result LONGTEXT,
    PRIMARY KEY (studio_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_batch (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    cut_off DATE,
    at_second BIGINT NOT NULL,
    at_nano INT NOT NULL,
    actor LONGTEXT,
    debits_minor BIGINT NOT NULL,
    credits_minor BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    detail LONGTEXT NOT NULL,
    PRIMARY KEY (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_journal_entry (
    studio_id VARCHAR(64) NOT NULL,
    batch_no BIGINT NOT NULL,
    entry_no INT NOT NULL,
    entry_date DATE,
    kind VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64),
    record_id BIGINT NOT NULL,
    record_label LONGTEXT,
    memo LONGTEXT,
    original_batch BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    PRIMARY KEY (studio_id, batch_no, entry_no),
    CONSTRAINT fk_sk_journal_entry FOREIGN KEY (studio_id, batch_no) REFERENCES sk_batch (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sk_journal_entry_entry_date ON sk_journal_entry (studio_id, entry_date);

CREATE TABLE sk_journal_line (
    studio_id VARCHAR(64) NOT NULL,
    batch_no BIGINT NOT NULL,
    entry_no INT NOT NULL,
    line_no INT NOT NULL,
    account LONGTEXT NOT NULL,
    client_id BIGINT NOT NULL,
    client_name LONGTEXT,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (studio_id, batch_no, entry_no, line_no),
    CONSTRAINT fk_sk_journal_line FOREIGN KEY (studio_id, batch_no, entry_no) REFERENCES sk_journal_entry (studio_id, batch_no, entry_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_booked (
    studio_id VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64) NOT NULL,
    record_id BIGINT NOT NULL,
    PRIMARY KEY (studio_id, record_kind, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sk_booked_line (
    studio_id VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64) NOT NULL,
    record_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    account LONGTEXT NOT NULL,
    client_id BIGINT NOT NULL,
    client_name LONGTEXT,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (studio_id, record_kind, record_id, line_no),
    CONSTRAINT fk_sk_booked_line FOREIGN KEY (studio_id, record_kind, record_id) REFERENCES sk_booked (studio_id, record_kind, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
