-- A batch's document totals (the totals of each document it posted or adjusted, as they were then), one row per
-- document in the batch's order, instead of one JSON value in sk_batch.detail: that value grew with the batch
-- (~350 characters a document, 35 MB at 100,000 documents). Batches written before keep their totals in the detail.
CREATE TABLE sk_batch_totals (
    studio_id VARCHAR(64) NOT NULL,
    batch_no BIGINT NOT NULL,
    position_no INT NOT NULL,
    document_id BIGINT NOT NULL,
    totals LONGTEXT NOT NULL,
    PRIMARY KEY (studio_id, batch_no, position_no),
    CONSTRAINT fk_sk_batch_totals FOREIGN KEY (studio_id, batch_no) REFERENCES sk_batch (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
