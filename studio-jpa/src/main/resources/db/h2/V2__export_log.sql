-- EXP-4/EXP-6: the export log, one row per export of one or more batches in one format (studio id first, STO-4).
CREATE TABLE sk_export (
    studio_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    format VARCHAR(64) NOT NULL,
    batch_list VARCHAR NOT NULL,
    at_second BIGINT NOT NULL,
    at_nano INTEGER NOT NULL,
    actor VARCHAR NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    reexport BOOLEAN NOT NULL,
    status VARCHAR(16) NOT NULL,
    detail VARCHAR NOT NULL,
    content CLOB NOT NULL,
    CONSTRAINT pk_sk_export PRIMARY KEY (studio_id, id)
);
