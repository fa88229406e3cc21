-- StudioKit schema v1 (postgresql): written by src/build/schema.py; every key starts with studio_id.

CREATE TABLE sk_studio (
    studio_id VARCHAR(64) NOT NULL,
    settings TEXT NOT NULL,
    lock_date DATE,
    CONSTRAINT pk_sk_studio PRIMARY KEY (studio_id)
);

CREATE TABLE sk_sequence (
    studio_id VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    next_value BIGINT NOT NULL,
    CONSTRAINT pk_sk_sequence PRIMARY KEY (studio_id, name)
);

CREATE TABLE sk_client (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    quick_sale BOOLEAN NOT NULL,
    CONSTRAINT pk_sk_client PRIMARY KEY (studio_id, id)
);
CREATE INDEX ix_sk_client_record_no ON sk_client (studio_id, record_no);

CREATE TABLE sk_session (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    session_type TEXT NOT NULL,
    session_date DATE NOT NULL,
    photographer TEXT,
    status TEXT,
    CONSTRAINT pk_sk_session PRIMARY KEY (studio_id, id)
);
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
    tax_codes TEXT,
    totals TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    original_id BIGINT,
    reason TEXT,
    write_off BOOLEAN NOT NULL,
    deposit_refund BOOLEAN NOT NULL,
    delivered DATE,
    voided BOOLEAN NOT NULL,
    converted_to BIGINT,
    plan TEXT,
    lock_batch BIGINT NOT NULL,
    lock_unlocked BOOLEAN NOT NULL,
    lock_unlocked_by TEXT,
    lock_reason TEXT,
    created_by TEXT,
    version BIGINT NOT NULL,
    CONSTRAINT pk_sk_document PRIMARY KEY (studio_id, id)
);
CREATE INDEX ix_sk_document_record_no ON sk_document (studio_id, record_no);
CREATE INDEX ix_sk_document_client_id ON sk_document (studio_id, client_id);
CREATE INDEX ix_sk_document_original_id ON sk_document (studio_id, original_id);
CREATE INDEX ix_sk_document_doc_date ON sk_document (studio_id, doc_date);
CREATE INDEX ix_sk_document_lock_batch ON sk_document (studio_id, lock_batch);

CREATE TABLE sk_document_line (
    studio_id VARCHAR(64) NOT NULL,
    document_id BIGINT NOT NULL,
    line_no INTEGER NOT NULL,
    item TEXT NOT NULL,
    description TEXT,
    category TEXT,
    account TEXT,
    quantity BIGINT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    discount_minor BIGINT,
    discount_percent VARCHAR(64),
    tax_codes TEXT,
    CONSTRAINT pk_sk_document_line PRIMARY KEY (studio_id, document_id, line_no),
    CONSTRAINT fk_sk_document_line FOREIGN KEY (studio_id, document_id) REFERENCES sk_document (studio_id, id)
);

CREATE TABLE sk_movement (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    record_no BIGINT NOT NULL,
    kind VARCHAR(64) NOT NULL,
    movement_date DATE NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    method TEXT,
    reference TEXT,
    user_name TEXT,
    idempotency_key TEXT,
    client_id BIGINT NOT NULL,
    document_id BIGINT,
    target_id BIGINT,
    source_id BIGINT,
    pair_id BIGINT,
    voided BOOLEAN NOT NULL,
    lock_batch BIGINT NOT NULL,
    lock_unlocked BOOLEAN NOT NULL,
    lock_unlocked_by TEXT,
    lock_reason TEXT,
    version BIGINT NOT NULL,
    CONSTRAINT pk_sk_movement PRIMARY KEY (studio_id, id)
);
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
    vendor TEXT,
    kind VARCHAR(64) NOT NULL,
    order_type TEXT NOT NULL,
    status TEXT NOT NULL,
    held_at TEXT,
    due DATE,
    notes TEXT,
    vendor_notes TEXT,
    voided BOOLEAN NOT NULL,
    CONSTRAINT pk_sk_production_order PRIMARY KEY (studio_id, id)
);
CREATE INDEX ix_sk_production_order_record_no ON sk_production_order (studio_id, record_no);
CREATE INDEX ix_sk_production_order_document_id ON sk_production_order (studio_id, document_id);

CREATE TABLE sk_order_history (
    studio_id VARCHAR(64) NOT NULL,
    order_id BIGINT NOT NULL,
    change_no INTEGER NOT NULL,
    from_status TEXT,
    to_status TEXT,
    at_second BIGINT NOT NULL,
    at_nano INTEGER NOT NULL,
    changed_by TEXT,
    change_source VARCHAR(64),
    CONSTRAINT pk_sk_order_history PRIMARY KEY (studio_id, order_id, change_no),
    CONSTRAINT fk_sk_order_history FOREIGN KEY (studio_id, order_id) REFERENCES sk_production_order (studio_id, id)
);

CREATE TABLE sk_audit (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    at_second BIGINT NOT NULL,
    at_nano INTEGER NOT NULL,
    actor TEXT,
    action TEXT,
    record_label TEXT,
    before_text TEXT,
    after_text TEXT,
    previous_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_sk_audit PRIMARY KEY (studio_id, id)
);

CREATE TABLE sk_idempotency (
    studio_id VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    key_text TEXT NOT NULL,
    command TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    result_type TEXT,
    result TEXT,
    CONSTRAINT pk_sk_idempotency PRIMARY KEY (studio_id, name)
);

CREATE TABLE sk_batch (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    cut_off DATE,
    at_second BIGINT NOT NULL,
    at_nano INTEGER NOT NULL,
    actor TEXT,
    debits_minor BIGINT NOT NULL,
    credits_minor BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    detail TEXT NOT NULL,
    CONSTRAINT pk_sk_batch PRIMARY KEY (studio_id, id)
);

CREATE TABLE sk_journal_entry (
    studio_id VARCHAR(64) NOT NULL,
    batch_no BIGINT NOT NULL,
    entry_no INTEGER NOT NULL,
    entry_date DATE,
    kind VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64),
    record_id BIGINT NOT NULL,
    record_label TEXT,
    memo TEXT,
    original_batch BIGINT NOT NULL,
    currency VARCHAR(64) NOT NULL,
    CONSTRAINT pk_sk_journal_entry PRIMARY KEY (studio_id, batch_no, entry_no),
    CONSTRAINT fk_sk_journal_entry FOREIGN KEY (studio_id, batch_no) REFERENCES sk_batch (studio_id, id)
);
CREATE INDEX ix_sk_journal_entry_entry_date ON sk_journal_entry (studio_id, entry_date);

CREATE TABLE sk_journal_line (
    studio_id VARCHAR(64) NOT NULL,
    batch_no BIGINT NOT NULL,
    entry_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    account TEXT NOT NULL,
    client_id BIGINT NOT NULL,
    client_name TEXT,
    amount_minor BIGINT NOT NULL,
    CONSTRAINT pk_sk_journal_line PRIMARY KEY (studio_id, batch_no, entry_no, line_no),
    CONSTRAINT fk_sk_journal_line FOREIGN KEY (studio_id, batch_no, entry_no) REFERENCES sk_journal_entry (studio_id, batch_no, entry_no)
);

CREATE TABLE sk_booked (
    studio_id VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64) NOT NULL,
    record_id BIGINT NOT NULL,
    CONSTRAINT pk_sk_booked PRIMARY KEY (studio_id, record_kind, record_id)
);

CREATE TABLE sk_booked_line (
    studio_id VARCHAR(64) NOT NULL,
    record_kind VARCHAR(64) NOT NULL,
    record_id BIGINT NOT NULL,
    line_no INTEGER NOT NULL,
    account TEXT NOT NULL,
    client_id BIGINT NOT NULL,
    client_name TEXT,
    amount_minor BIGINT NOT NULL,
    CONSTRAINT pk_sk_booked_line PRIMARY KEY (studio_id, record_kind, record_id, line_no),
    CONSTRAINT fk_sk_booked_line FOREIGN KEY (studio_id, record_kind, record_id) REFERENCES sk_booked (studio_id, record_kind, record_id)
);
