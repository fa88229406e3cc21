-- Typed finders of a posting run (studio id first in every index, STO-4): unposted records through a cut-off are
-- one range of (lock_batch = 0, date); unlocked records are found by their flag. The new lock-batch index starts
-- with the old one's columns, which it replaces.
DROP INDEX ix_sk_document_lock_batch;
CREATE INDEX ix_sk_document_lock_batch_doc_date ON sk_document (studio_id, lock_batch, doc_date);
CREATE INDEX ix_sk_document_lock_unlocked ON sk_document (studio_id, lock_unlocked);
DROP INDEX ix_sk_movement_lock_batch;
CREATE INDEX ix_sk_movement_lock_batch_movement_date ON sk_movement (studio_id, lock_batch, movement_date);
CREATE INDEX ix_sk_movement_lock_unlocked ON sk_movement (studio_id, lock_unlocked);
